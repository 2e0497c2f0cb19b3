/** The demo articles, as a publisher would serve them. */
export const DEMO_ARTICLES = ['seed', 'harbour-wind', 'al-bayan-ar', 'long-read'] as const;

/** The smallest valid article. */
export function minimal(): Record<string, unknown> {
  return {
    version: 1,
    id: 'a-1',
    url: 'https://news.example/world/a-1',
    publisher: { name: 'Example News' },
    headline: 'A headline',
    body: [{ type: 'paragraph', text: 'A paragraph.' }],
  };
}

/** Fetches a file of the repository from the test server. */
export async function loadJson<T = unknown>(path: string): Promise<T> {
  const response = await fetch(new URL(`../../${path}`, import.meta.url));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function loadDemoArticles(): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    DEMO_ARTICLES.map(async (name) => [name, await loadJson(`demo/articles/${name}.json`)] as const),
  );
  return Object.fromEntries(entries);
}

export async function loadSeed(): Promise<Record<string, unknown>> {
  return loadJson('demo/articles/seed.json');
}
