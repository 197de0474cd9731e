import { channelTraits } from "../../../shared/domain/channels.ts";
import type { Channel } from "../../../shared/schemas/brand.ts";

const paths: Record<Channel, string> = {
  chat: "M4 5h16v11H9l-5 4V5Z",
  email: "M3 6h18v12H3V6Zm0 0 9 7 9-7",
  phone: "M6.5 3h3l1.5 4.5-2 1.5a11 11 0 0 0 6 6l1.5-2 4.5 1.5v3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5a2 2 0 0 1 2-2Z",
};

/** A channel's icon; labelled unless the channel's name is written beside it. */
export function ChannelIcon(props: { channel: Channel; decorative?: boolean }) {
  return (
    <svg
      class="channel-icon"
      viewBox="0 0 24 24"
      role={props.decorative ? undefined : "img"}
      aria-hidden={props.decorative ? "true" : undefined}
      aria-label={props.decorative ? undefined : channelTraits[props.channel].label}
    >
      <path d={paths[props.channel]} />
    </svg>
  );
}
