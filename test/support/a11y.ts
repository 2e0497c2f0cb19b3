import { a11ySnapshot } from '@web/test-runner-commands';

/** A node of Chrome's accessibility tree, as a screen reader gets it (shadow DOM included). */
export interface AxNode {
  role?: string;
  name?: string;
  description?: string;
  level?: number;
  focused?: boolean;
  children?: AxNode[];
}

/** The page's accessibility tree. */
export const axTree = async () => (await a11ySnapshot({})) as unknown as AxNode;

/** Every node of the page's accessibility tree with one of these roles, in document order. */
export async function axNodes(...roles: string[]) {
  const found: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (roles.includes(node.role ?? '')) found.push(node);
    node.children?.forEach(walk);
  };
  walk(await axTree());
  return found;
}

/** What a screen reader reads as text, piece by piece, joined with single spaces. */
export async function axText() {
  return (await axNodes('text', 'StaticText'))
    .map((node) => node.name ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}
