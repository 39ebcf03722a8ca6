import type { ColleagueDto, ConversationSummaryDto } from '@ingang/shared';
import { mayHold } from './conversation-actions';
import { byAvailability } from './mentions';

/**
 * The colleagues a conversation can be handed to: those who may hold it (webcare while webcare has it, the
 * department's people while a back office has), not its current holder; online ones first, then by name.
 */
export function handOverCandidates(
  colleagues: readonly ColleagueDto[],
  conversation: ConversationSummaryDto,
): ColleagueDto[] {
  return colleagues
    .filter((colleague) => colleague.id !== conversation.assignee?.id)
    .filter((colleague) => mayHold(colleague, conversation))
    .sort(byAvailability);
}
