import { useMutation } from '../graphql/use-mutation';
import type { CloseReason } from '../graphql/generated/graphql';
import type { PostingKind } from '../ui/kinds';
import {
  CloseCapabilityMutation,
  CloseNeedMutation,
  PauseCapabilityMutation,
  PauseNeedMutation,
  PublishCapabilityMutation,
  PublishNeedMutation,
} from './operations';

/** Publish (also resume and renew), pause and close, for either kind of posting. */
export function usePostingActions(kind: PostingKind) {
  const [publishNeed, publishNeedState] = useMutation(PublishNeedMutation);
  const [pauseNeed, pauseNeedState] = useMutation(PauseNeedMutation);
  const [closeNeed, closeNeedState] = useMutation(CloseNeedMutation);
  const [publishCapability, publishCapabilityState] = useMutation(PublishCapabilityMutation);
  const [pauseCapability, pauseCapabilityState] = useMutation(PauseCapabilityMutation);
  const [closeCapability, closeCapabilityState] = useMutation(CloseCapabilityMutation);
  const need = kind === 'need';
  return {
    publish: (id: string) => (need ? publishNeed : publishCapability)({ variables: { id } }),
    pause: (id: string) => (need ? pauseNeed : pauseCapability)({ variables: { id } }),
    close: (id: string, reason: CloseReason) =>
      (need ? closeNeed : closeCapability)({ variables: { id, reason } }),
    busy: [
      publishNeedState,
      pauseNeedState,
      closeNeedState,
      publishCapabilityState,
      pauseCapabilityState,
      closeCapabilityState,
    ].some((state) => state.loading),
  };
}
