/** English UI strings: the reference catalog every other locale translates. */
export const en = {
  keyTakeaways: 'Key Takeaways',
  highlights: 'Highlights',
  related: 'Related News',
  sharePrompt: 'Enjoyed this? Let your friends know!',
  shareActions: 'Share this article',
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy the link',
  shareOn: 'Share on {target}',
  email: 'Email',
  shareByEmail: 'Share by email',
  byline: 'By {names}',
  published: 'Published',
  updated: 'Updated',
  originallyPublished: 'Originally published by {publisher}',
  note: 'Note',
  info: 'Information',
  warning: 'Warning',
  risk: 'Risk',
  errorTitle: 'This article could not be shown',
  errorInvalid: 'The article data is not valid.',
  errorDetails: 'Details for the publisher',
  retry: 'Retry',
  loading: 'Loading article…',
};

export type Strings = typeof en;
export type StringKey = keyof Strings;
