import { A } from "@solidjs/router";

export default function NotFoundPage() {
  return (
    <section class="page">
      <h1 class="page__title">Page not found</h1>
      <p class="page__lede">There is nothing at this address.</p>
      <A class="button" href="/">
        Back to your brands
      </A>
    </section>
  );
}
