import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { DomainError } from '../common/domain-error';
import type { User } from '../users/user.entity';
import { ConversationsService } from './conversations.service';

// Only these are shown in the browser; everything else is a download, so a citizen's file can never run as a page.
const INLINE_TYPES = /^(image\/(png|jpeg|gif|webp)|audio\/(ogg|mpeg|mp4|aac|amr|webm)|video\/(mp4|3gpp|webm))$/;

@ApiTags('attachments')
@Controller('api/attachments')
export class AttachmentsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get(':id')
  async download(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Res() response: Response,
    @CurrentUser() user: User,
  ): Promise<void> {
    const attachment = await this.conversations.attachmentFor(user, id);
    if (attachment.status !== 'stored' || !attachment.storagePath) {
      throw new DomainError('NOT_FOUND', 'The file is not available');
    }
    const mimeType = (attachment.mimeType ?? '').split(';')[0].trim().toLowerCase();
    const inline = INLINE_TYPES.test(mimeType);
    // attachment() also guesses a Content-Type from the file name; ours is set after it, on purpose.
    response.attachment(attachment.fileName ?? `${attachment.mediaType}-${attachment.id}`);
    if (inline) response.setHeader('Content-Disposition', 'inline');
    response.setHeader('Content-Type', inline ? mimeType : 'application/octet-stream');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.setHeader('Cache-Control', 'private, max-age=3600');
    response.sendFile(attachment.storagePath, {
      headers: { 'Content-Type': inline ? mimeType : 'application/octet-stream' },
    });
  }
}
