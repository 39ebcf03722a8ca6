import type { AttachmentDto, ConversationSummaryDto, MessageDto } from '@ingang/shared';
import type { Attachment } from './attachment.entity';
import type { Conversation } from './conversation.entity';
import type { Message } from './message.entity';
import type { ConversationPeople } from './people-directory';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toConversationSummary(
  conversation: Conversation,
  contact: { displayName: string; handle: string },
  people: ConversationPeople,
): ConversationSummaryDto {
  return {
    id: conversation.id,
    channel: conversation.channel,
    channelAccountId: conversation.channelAccountId,
    status: conversation.status,
    visibility: conversation.visibility,
    subject: conversation.subject,
    contact: { id: conversation.contactId, displayName: contact.displayName, handle: contact.handle },
    lastMessagePreview: conversation.lastMessagePreview,
    lastMessageAt: conversation.lastMessageAt.toISOString(),
    lastInboundAt: iso(conversation.lastInboundAt),
    waitingSince: iso(conversation.waitingSince),
    deadlineAt: iso(conversation.deadlineAt),
    atRiskAt: iso(conversation.atRiskAt),
    breachedAt: iso(conversation.breachedAt),
    unansweredCount: conversation.unansweredCount,
    assignee: people.assignee,
    claimedAt: iso(conversation.claimedAt),
    department: people.department,
    resolvedAt: iso(conversation.resolvedAt),
    csat: conversation.csatTenths == null ? null : conversation.csatTenths / 10,
    createdAt: conversation.createdAt.toISOString(),
    updatedAt: conversation.updatedAt.toISOString(),
  };
}

export function toAttachmentDto(attachment: Attachment): AttachmentDto {
  return {
    id: attachment.id,
    mediaType: attachment.mediaType,
    mimeType: attachment.mimeType,
    fileName: attachment.fileName,
    size: attachment.size,
    status: attachment.status,
    url: `/api/attachments/${attachment.id}`,
  };
}

export function toMessageDto(
  message: Message,
  attachments: Attachment[],
  authorName: string | null,
  replyToMessageId: string | null = null,
): MessageDto {
  return {
    id: message.id,
    conversationId: message.conversationId,
    direction: message.direction,
    content: message.content,
    preview: message.preview,
    sentAt: message.sentAt.toISOString(),
    author: message.authorId ? { id: message.authorId, name: authorName ?? '' } : null,
    delivery:
      message.deliveryStatus === null
        ? null
        : {
            status: message.deliveryStatus,
            updatedAt: (message.deliveryUpdatedAt ?? message.createdAt).toISOString(),
            failureCode: message.failureCode,
            failureDetail: message.failureDetail,
          },
    attachments: attachments.map(toAttachmentDto),
    replyToMessageId,
    visibility: message.visibility,
    editedAt: iso(message.editedAt),
    removedAt: iso(message.removedAt),
    automated: message.automated,
    answer:
      message.answerWaitingSince && message.answerDeadlineAt && message.answerWorkingMs !== null
        ? {
            waitingSince: message.answerWaitingSince.toISOString(),
            deadlineAt: message.answerDeadlineAt.toISOString(),
            workingMs: message.answerWorkingMs,
            withinSla: message.answerWithinSla === true,
          }
        : null,
  };
}
