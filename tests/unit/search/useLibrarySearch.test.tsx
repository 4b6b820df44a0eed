// @vitest-environment jsdom
// The search field's hook sends a query typed once: from the input event when the field asks ahead
// (before React draws the keystroke), and from its effect only when nothing was asked ahead or the
// query was asked under another index state or restriction.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchOutcome } from '../../../shared/search/searchResults';
import type { SearchAnswer, SearchStatus } from '../../../renderer/workers/searchClient';

const client = vi.hoisted(() => ({
  asked: [] as { query: string; resolve: (answer: SearchAnswer) => void; reject: (error: Error) => void }[],
  status: (_status: SearchStatus): void => undefined,
  updated: (_fresh: SearchAnswer | null): void => undefined,
}));

vi.mock('../../../renderer/workers/searchClient', () => ({
  currentSearchStatus: () => ({ state: 'ready', documents: 10 }),
  onSearchStatus: (listener: (status: SearchStatus) => void) => {
    client.status = listener;
    return () => undefined;
  },
  onSearchIndexUpdated: (listener: (fresh: SearchAnswer | null) => void) => {
    client.updated = listener;
    return () => undefined;
  },
  restrictSearch: () => undefined,
  startSearchWorkers: () => [],
  unfollowSearch: () => undefined,
  searchInWorker: (query: string) => new Promise<SearchAnswer>((resolve, reject) => client.asked.push({ query, resolve, reject })),
}));

const { useLibrarySearch } = await import('../../../renderer/features/search/useLibrarySearch');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function answer(query: string): SearchAnswer {
  const outcome: SearchOutcome = { query, groups: [], total: 3, groupCount: 1, engineMs: 1 };
  return { outcome, engineMs: 1, totalMs: 2 };
}

let shown: ReturnType<typeof useLibrarySearch> | null = null;
function Probe({ query, restriction }: { readonly query: string; readonly restriction: readonly string[] | null }): ReactNode {
  shown = useLibrarySearch(query, restriction);
  return null;
}

let root: Root;
let host: HTMLElement;
const render = (query: string, restriction: readonly string[] | null = null): void => act(() => root.render(<Probe query={query} restriction={restriction} />));

beforeEach(() => {
  client.asked.length = 0;
  shown = null;
  host = document.createElement('div');
  root = createRoot(host);
});

afterEach(() => act(() => root.unmount()));

describe('the library search hook', () => {
  it('asks once for a query asked ahead, and shows that answer', async () => {
    render('');
    act(() => shown?.ask('Aliyev'));
    render('Aliyev');
    expect(client.asked.map((asked) => asked.query)).toEqual(['Aliyev']);
    await act(async () => client.asked[0]?.resolve(answer('Aliyev')));
    expect(shown?.outcome?.query).toBe('Aliyev');
    expect(shown?.pending).toBe(false);
  });

  it('asks from its effect when nothing was asked ahead', () => {
    render('Aliyev');
    expect(client.asked.map((asked) => asked.query)).toEqual(['Aliyev']);
  });

  it('asks again when the query asked ahead is not the one drawn, or the restriction changed meanwhile', () => {
    render('Ali');
    act(() => shown?.ask('Aliy'));
    render('Aliye');
    expect(client.asked.map((asked) => asked.query)).toEqual(['Ali', 'Aliy', 'Aliye']);
    act(() => shown?.ask('Aliyev'));
    render('Aliyev', ['a1']);
    expect(client.asked.map((asked) => asked.query)).toEqual(['Ali', 'Aliy', 'Aliye', 'Aliyev', 'Aliyev']);
  });

  it('asks again for a query asked ahead when the index became ready or took in a change before its effect', () => {
    render('');
    act(() => shown?.ask('Aliyev'));
    act(() => client.status({ state: 'building', done: 1, total: 2 }));
    render('Aliyev');
    expect(client.asked.map((asked) => asked.query)).toEqual(['Aliyev', 'Aliyev']);
    act(() => shown?.ask('Aliyev '));
    act(() => client.updated(null));
    render('Aliyev ');
    // The change asks again for the query on screen, and the one asked ahead is asked afresh.
    expect(client.asked.map((asked) => asked.query)).toEqual(['Aliyev', 'Aliyev', 'Aliyev ', 'Aliyev', 'Aliyev ']);
  });

  it('never shows a late answer to a query no longer typed', async () => {
    render('Ali');
    act(() => shown?.ask('Aliy'));
    render('Aliye');
    await act(async () => client.asked[1]?.resolve(answer('Aliy')));
    expect(shown?.outcome).toBeNull();
    await act(async () => client.asked[2]?.resolve(answer('Aliye')));
    expect(shown?.outcome?.query).toBe('Aliye');
  });

  it('says why a query could not be answered, until an answer comes', async () => {
    render('');
    act(() => shown?.ask('Masoud'));
    render('Masoud');
    await act(async () => client.asked[0]?.reject(new Error('search shard 2 failed: out of memory')));
    expect(shown?.failure).toBe('search shard 2 failed: out of memory');
    act(() => client.updated(null));
    await act(async () => client.asked[1]?.resolve(answer('Masoud')));
    expect(shown?.failure).toBeNull();
    expect(shown?.outcome?.query).toBe('Masoud');
  });

  it('lets a query asked ahead and then not waited for fail quietly', async () => {
    render('Ali');
    act(() => shown?.ask('Aliy'));
    render('Aliye');
    await act(async () => client.asked[1]?.reject(new Error('gone')));
    expect(shown?.failure).toBeNull();
  });

  it('does not ask for an empty query', () => {
    render('');
    act(() => shown?.ask('  '));
    render('  ');
    expect(client.asked).toEqual([]);
  });
});
