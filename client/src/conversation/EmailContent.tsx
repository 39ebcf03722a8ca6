import { useMemo, useState } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AttachmentDto, MessageContent } from '@ingang/shared';
import { attachmentKeys, fetchAttachmentDataUrl } from '../api/attachments-api';
import { emailFrameHeight, emailMayOverflow, emailSrcdoc, inlineAttachmentIds } from './email-document';

type EmailContentDto = Extract<MessageContent, { kind: 'email' }>;

// Inline images larger than this stay blocked rather than bloat the frame's document.
const MAX_INLINE_IMAGE_BYTES = 2_000_000;

interface InlineImages {
  images: ReadonlyMap<string, string>;
  /** Still fetching: the frame waits, so it loads once instead of again when the images arrive. */
  pending: boolean;
}

/** The mail's inline images as data: URLs, fetched once per attachment and kept in the query cache. */
function useInlineImages(html: string, attachments: AttachmentDto[]): InlineImages {
  const wanted = useMemo(() => {
    const ids = new Set(inlineAttachmentIds(html));
    return attachments.filter(
      (attachment) =>
        ids.has(attachment.id) &&
        attachment.status === 'stored' &&
        (attachment.size === null || attachment.size <= MAX_INLINE_IMAGE_BYTES),
    );
  }, [html, attachments]);
  const joined = useQueries({
    queries: wanted.map((attachment) => ({
      queryKey: attachmentKeys.dataUrl(attachment.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchAttachmentDataUrl(attachment.url, signal),
      staleTime: Infinity,
      retry: false,
    })),
    combine: joinDataUrls,
  });
  // Rebuilt (and the frame reloaded) only when another image has arrived, not on every render.
  const images = useMemo(() => {
    const dataUrls = joined.results.split(' ');
    return new Map(wanted.flatMap((attachment, index) => (dataUrls[index] ? [[attachment.id, dataUrls[index]]] : [])));
  }, [wanted, joined.results]);
  return { images, pending: joined.pending };
}

// One string (data: URLs hold no spaces), so React compares the result by value; a stable function, so TanStack
// Query runs it only when a result changes.
function joinDataUrls(results: UseQueryResult<string>[]): { results: string; pending: boolean } {
  return {
    results: results.map((result) => result.data ?? '').join(' '),
    pending: results.some((result) => result.isPending && result.fetchStatus === 'fetching'),
  };
}

function EmailFrame({
  content,
  attachments,
}: {
  content: EmailContentDto & { html: string };
  attachments: AttachmentDto[];
}) {
  const { t } = useTranslation();
  const [remoteImages, setRemoteImages] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const { images: inlineImages, pending } = useInlineImages(content.html, attachments);
  const height = emailFrameHeight(content.text, content.html, expanded);
  const srcdoc = useMemo(
    () => emailSrcdoc(content.html, { allowRemoteImages: remoteImages, inlineImages }),
    [content.html, remoteImages, inlineImages],
  );
  const canExpand = emailMayOverflow(content.text, content.html);

  return (
    <div className="email">
      {content.hasRemoteImages && (
        <div className={`email__images${remoteImages ? ' email__images--shown' : ''}`}>
          <span>{remoteImages ? t('email.remoteImagesShown') : t('email.remoteImagesBlocked')}</span>
          <button type="button" className="button button--small" onClick={() => setRemoteImages((shown) => !shown)}>
            {remoteImages ? t('email.blockImages') : t('email.showImages')}
          </button>
        </div>
      )}
      {pending ? (
        <div className="email__frame email__frame--loading" style={{ height }}>
          <span className="spinner spinner--small" aria-hidden="true" />
        </div>
      ) : (
        // No allow-scripts, no allow-same-origin: the mail can run nothing and reach nothing of Ingang.
        <iframe
          className="email__frame"
          sandbox=""
          srcDoc={srcdoc}
          title={content.subject ? t('email.frameTitle', { subject: content.subject }) : t('email.frameTitleNoSubject')}
          referrerPolicy="no-referrer"
          loading="lazy"
          style={{ height }}
        />
      )}
      {canExpand && (
        <button
          type="button"
          className="button button--quiet button--small email__expand"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('email.showLess') : t('email.showAll')}
        </button>
      )}
    </div>
  );
}

/** A mail: its subject, then the sanitised HTML in a locked-down frame, or the plain text when there is no HTML. */
export function EmailContent({
  content,
  attachments,
  showSubject,
}: {
  content: EmailContentDto;
  attachments: AttachmentDto[];
  showSubject: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="email-content">
      {showSubject && content.subject && (
        <p className="email__subject">
          <span className="message__label">{t('email.subject')} </span>
          {content.subject}
        </p>
      )}
      {content.html !== null ? (
        <EmailFrame content={{ ...content, html: content.html }} attachments={attachments} />
      ) : (
        <p className="message__text">{content.text}</p>
      )}
    </div>
  );
}
