// The window's side of the views worker: one worker for the life of the window, started by the
// first view that asks. A view watches its query and is called with each answer (the first at
// once, then after every change to the library); one-off questions come back as promises.
import type { QuestionAnswer, ViewAnswer, ViewQuery, ViewQuestion, ViewsReply, ViewsRequest } from './viewsMessages';

let worker: Worker | null = null;
let nextId = 1;
const watchers = new Map<number, { readonly onAnswer: (answer: ViewAnswer) => void; readonly onError: (message: string) => void }>();
const questions = new Map<number, { readonly resolve: (answer: QuestionAnswer) => void; readonly reject: (error: Error) => void }>();

function receive(reply: ViewsReply): void {
  if (reply.type === 'view') watchers.get(reply.id)?.onAnswer(reply.answer);
  else if (reply.type === 'answer') {
    questions.get(reply.id)?.resolve(reply.answer);
    questions.delete(reply.id);
  } else {
    watchers.get(reply.id)?.onError(reply.message);
    questions.get(reply.id)?.reject(new Error(reply.message));
    questions.delete(reply.id);
  }
}

function send(request: ViewsRequest): void {
  if (!worker) {
    worker = new Worker(new URL('./viewsWorker.ts', import.meta.url), { type: 'module', name: 'views' });
    worker.onmessage = (event: MessageEvent<ViewsReply>) => receive(event.data);
    worker.onerror = (event) => {
      const message = event.message || 'the views worker failed to start';
      for (const watcher of watchers.values()) watcher.onError(message);
    };
  }
  worker.postMessage(request);
}

/** Starts the worker with the window: it takes in the Claims and Actors tabs' first answers (viewsFirstAnswers.ts). */
export function prepareViewsWorker(): void {
  if (typeof Worker !== 'undefined') send({ type: 'prepare' });
}

/** Calls `onAnswer` with each answer to `query` until the returned function is called. */
export function watchView(query: ViewQuery, onAnswer: (answer: ViewAnswer) => void, onError: (message: string) => void): () => void {
  const id = nextId;
  nextId += 1;
  watchers.set(id, { onAnswer, onError });
  send({ type: 'watch', id, query });
  return () => {
    watchers.delete(id);
    send({ type: 'unwatch', id });
  };
}

export function askViews(question: ViewQuestion): Promise<QuestionAnswer> {
  const id = nextId;
  nextId += 1;
  return new Promise((resolve, reject) => {
    questions.set(id, { resolve, reject });
    send({ type: 'ask', id, question });
  });
}
