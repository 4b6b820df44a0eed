// @vitest-environment jsdom
// The search field's hook sends a query typed once: from the input event when the field asks ahead
// (before React draws the keystroke), and from its effect only when nothing was asked ahead or the
// query was asked under another index state or restriction.
import { act, useLayoutEffect, type ReactNode } from 'react';
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
/** `askInCommit`: asked ahead in the commit itself, before the hook's effects send what this render changed. */
function Probe({ query, restriction, askInCommit }: { readonly query: string; readonly restriction: readonly string[] | null; readonly askInCommit?: string }): ReactNode {
  const search = useLibrarySearch(query, restriction);
  shown = search;
  useLayoutEffect(() => {
    if (askInCommit) search.ask(askInCommit);
  }, [askInCommit, search]);
  return null;
}

let root: Root;
let host: HTMLElement;
const render = (query: string, restriction: readonly string[] | null = null, askInCommit?: string): void =>
  act(() => root.render(<Probe query={query} restriction={restriction} {...(askInCommit ? { askInCommit } : {})} />));

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

  it("asks again for a query asked ahead when the index's state changed or it took in a change before its effect", () => {
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

  it('says why a query could not be answered, until it is asked again', async () => {
    render('');
    act(() => shown?.ask('Masoud'));
    render('Masoud');
    await act(async () => client.asked[0]?.reject(new Error('search shard 2: out of memory')));
    expect(shown?.failure).toBe('search shard 2: out of memory');
    act(() => client.updated(null));
    expect(shown?.failure).toBeNull();
    await act(async () => client.asked[1]?.resolve(answer('Masoud')));
    expect(shown?.outcome?.query).toBe('Masoud');
  });

  it("does not say an old failure of a query typed again while it is asked anew", async () => {
    render('Masoud');
    await act(async () => client.asked[0]?.reject(new Error('search shard 1: out of memory')));
    render('Masouda');
    render('Masoud');
    expect(client.asked.map((asked) => asked.query)).toEqual(['Masoud', 'Masouda', 'Masoud']);
    expect(shown?.failure).toBeNull();
  });

  it('lets a query asked ahead and then not waited for fail quietly', async () => {
    render('Ali');
    act(() => shown?.ask('Aliy'));
    render('Aliye');
    await act(async () => client.asked[1]?.reject(new Error('gone')));
    expect(shown?.failure).toBeNull();
  });

  it('asks again for a query asked ahead before the worker had the restriction it is drawn with', () => {
    const restriction = ['a1'];
    render('Ali');
    // The new restriction is drawn, but its effect has not sent it yet when 'Aliy' is asked.
    render('Ali', restriction, 'Aliy');
    render('Aliy', restriction);
    expect(client.asked.map((asked) => asked.query)).toEqual(['Ali', 'Aliy', 'Ali', 'Aliy']);
  });

  it('does not ask for an empty query', () => {
    render('');
    act(() => shown?.ask('  '));
    render('  ');
    expect(client.asked).toEqual([]);
  });
});
