import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import type { IssuedInvitation } from '../../api/stakeholders.js';
import {
  copyText,
  downloadText,
  linksCsv,
  linksText,
  type IssuedLink,
} from './invitation-lists.js';

/**
 * The links just issued, shown this once (only a hash of each is stored): one by one with a copy
 * button, all together as text lines, or as a CSV file for a mail merge. Leaving the page while
 * they are shown asks first; once saved, the organiser hides them.
 */
export function IssuedLinks({
  issued,
  groupName,
  onDismiss,
}: {
  issued: readonly IssuedInvitation[];
  groupName: (key: string | null) => string;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('stakeholders');
  const { message, modal } = App.useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  const links: IssuedLink[] = issued.map(({ invitation, link }) => ({
    name: invitation.name,
    email: invitation.email,
    group: groupName(invitation.group),
    url: `${window.location.origin}${link}`,
  }));
  const newest = issued[0]?.link;

  // New links: take the person to them (they are what has to be done next).
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [newest]);

  // Leaving loses the links for good: ask first, within the app and when closing the tab.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('links.leaveTitle'),
      content: t('links.leaveConfirm'),
      okText: t('links.leaveOk'),
      cancelText: t('links.stay'),
      onOk: () => {
        blocker.proceed();
      },
      onCancel: () => {
        blocker.reset();
      },
    });
  }, [blocker, modal, t]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, []);

  const copy = async (text: string, done: string) => {
    if (await copyText(text)) void message.success(done);
    else void message.error(t('links.copyFailed'));
  };

  return (
    <section className="cm-section cm-sh-links" aria-labelledby="links-title">
      <Typography.Title level={2} id="links-title" ref={heading} tabIndex={-1}>
        {t('links.title', { count: links.length })}
      </Typography.Title>
      <Alert
        type="warning"
        showIcon
        role="note"
        title={t('links.onceTitle')}
        description={t('links.once')}
        className="cm-sh-gap"
      />
      <div className="cm-actions cm-sh-gap">
        <Button
          type="primary"
          icon={<CopyOutlined aria-hidden />}
          onClick={() => void copy(linksText(links), t('links.copiedAll', { count: links.length }))}
        >
          {t('links.copyAll')}
        </Button>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          onClick={() => {
            downloadText(
              t('links.fileName'),
              linksCsv(links, [
                t('links.columns.name'),
                t('links.columns.email'),
                t('links.columns.group'),
                t('links.columns.link'),
              ]),
            );
          }}
        >
          {t('links.download')}
        </Button>
        <Button
          onClick={() => {
            modal.confirm({
              title: t('links.hideTitle'),
              content: t('links.hideConfirm'),
              okText: t('links.hideOk'),
              cancelText: t('cancel'),
              onOk: onDismiss,
            });
          }}
        >
          {t('links.hide')}
        </Button>
      </div>
      <ul className="cm-plain-list cm-sh-link-list">
        {links.map((l, i) => (
          <li key={l.url} className="cm-sh-link-item">
            <div className="cm-sh-link-who">
              <span className="cm-sh-name">{l.name}</span>{' '}
              <span className="cm-muted">
                {l.group}
                {l.email ? ` · ${l.email}` : ''}
              </span>
            </div>
            <div className="cm-sh-link-row">
              <Input
                readOnly
                value={l.url}
                aria-label={t('links.linkOf', { name: l.name })}
                className="cm-sh-link-input"
                data-testid={`issued-link-${String(i)}`}
                onFocus={(e) => {
                  e.target.select();
                }}
              />
              <Button
                icon={<CopyOutlined aria-hidden />}
                onClick={() => void copy(l.url, t('links.copied', { name: l.name }))}
              >
                {t('links.copy')}
                <span className="cm-visually-hidden">: {l.name}</span>
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
