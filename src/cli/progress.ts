/**
 * Progress on stderr while large inputs are read and aggregated: a percentage updated in place on a
 * terminal, one line per tenth otherwise (logs, pipes). Silent when disabled (--json) or for small inputs.
 */

export interface ProgressSink {
  write(text: string): void;
  isTTY?: boolean;
}

/** Inputs from this size on show their progress; smaller ones are done before a percentage would help. */
export const LARGE_INPUT_BYTES = 512 * 1024;

export class Progress {
  private label = "";
  private shown = -1;

  constructor(private readonly sink: ProgressSink, private readonly enabled: boolean) {}

  /** A stage whose progress cannot be measured: one line. */
  note(label: string, large: boolean): void {
    if (this.enabled && large) this.sink.write(`${label}…\n`);
  }

  /** Starts a stage ("Đang đọc x.xlsx"); `large` says whether this input deserves a percentage. */
  start(label: string, large: boolean): (fraction: number) => void {
    if (!this.enabled || !large) return () => undefined;
    this.label = label;
    this.shown = -1;
    this.update(0);
    return (fraction) => this.update(fraction);
  }

  private update(fraction: number): void {
    const percent = Math.max(0, Math.min(100, Math.floor(fraction * 100)));
    // A terminal shows every percent in place; a log gets a line per tenth.
    const shown = this.sink.isTTY ? percent : Math.floor(percent / 10) * 10;
    if (shown <= this.shown) return;
    this.shown = shown;
    this.sink.write(this.sink.isTTY ? `\r${this.label}… ${shown}%${shown === 100 ? "\n" : ""}` : `${this.label}… ${shown}%\n`);
  }
}
