import { lazy } from "solid-js";
import { Route, Router } from "@solidjs/router";
import { QueryClientProvider } from "@tanstack/solid-query";
import { RealtimeProvider } from "./RealtimeProvider.tsx";
import { createQueryClient } from "./queryClient.ts";

// every page is its own chunk, so the first load stays the same size as areas are added
const SignInPage = lazy(() => import("../features/auth/SignInPage.tsx"));
const Shell = lazy(() => import("./Shell.tsx"));
const HomePage = lazy(() => import("../features/brands/HomePage.tsx"));
const UsersPage = lazy(() => import("../features/users/UsersPage.tsx"));
const InboxPage = lazy(() => import("../features/inbox/InboxPage.tsx"));
const ConversationWorkspace = lazy(() => import("../features/conversations/ConversationWorkspace.tsx"));
const NotFoundPage = lazy(() => import("./NotFoundPage.tsx"));

export function App() {
  const queryClient = createQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <RealtimeProvider>
        <Router>
          <Route path="/sign-in" component={SignInPage} />
          <Route path="/" component={Shell}>
            <Route path="/" component={HomePage} />
            <Route path="/inbox" component={InboxPage}>
              <Route path="/" />
              <Route path="/c/:id" component={ConversationWorkspace} />
            </Route>
            <Route path="/admin/users" component={UsersPage} />
            <Route path="*" component={NotFoundPage} />
          </Route>
        </Router>
      </RealtimeProvider>
    </QueryClientProvider>
  );
}
