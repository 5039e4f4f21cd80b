/**
 * The parts of a streamed job input as an async iterable, for a job that works on them as they
 * arrive: the worker pushes each part when its message comes and ends the queue at `end`.
 */
export class PartQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private next = 0;
  private ended = false;
  private wake: (() => void) | null = null;

  push(item: T): void {
    this.items.push(item);
    this.wakeReader();
  }

  end(): void {
    this.ended = true;
    this.wakeReader();
  }

  private wakeReader(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.next < this.items.length) {
        const item = this.items[this.next]!;
        // Taken parts are let go at once, so a part's rows can be collected once the job has used them.
        this.items[this.next++] = undefined as T;
        yield item;
      } else if (this.ended) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}
