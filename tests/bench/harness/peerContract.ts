// What the benchmark passes to the peer page and gets back.

export interface PeerInput {
  readonly text: string;
  readonly annotations: readonly { readonly id: string; readonly start: number; readonly end: number; readonly quote: string }[];
  readonly renderer: 'SPANS' | 'CSS_HIGHLIGHTS';
  /** Width of the text column in CSS pixels, copied from the workbench's reader. */
  readonly width: number;
}

export interface PeerResult {
  readonly ms: number;
  /** Highlight boxes (SPANS) or ranges (CSS_HIGHLIGHTS) drawn at that moment. */
  readonly drawn: number;
  readonly stored: number;
}

declare global {
  interface Window {
    peerBench: { render: (input: PeerInput) => Promise<PeerResult> };
  }
}
