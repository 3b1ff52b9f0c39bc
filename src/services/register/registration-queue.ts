/**
 * Micro-batching of writes that arrive together. Each submitted item waits only while earlier batches are being
 * written (at most `inFlight` at once); everything that arrived meanwhile goes into the next batch (up to
 * `maxBatch`). A lone request is written at once, as a batch of one, so nothing waits on a timer. When a batch
 * fails, its items are written again one by one, so one bad item fails nobody else. An item with a `group` shares
 * a batch only with items of the same group (and waits its turn in order); items without one batch together.
 */
export class RegistrationQueue<T, R> {
  private readonly waiting: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private running = 0;
  private readonly inFlight: number;
  private readonly maxBatch: number;
  private readonly group: (item: T) => string | undefined;

  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    options: { inFlight?: number; maxBatch?: number; group?: (item: T) => string | undefined } = {},
  ) {
    this.inFlight = options.inFlight ?? 2;
    this.maxBatch = options.maxBatch ?? 64;
    this.group = options.group ?? (() => undefined);
  }

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.running < this.inFlight && this.waiting.length) {
      const first = this.waiting[0]!;
      const group = this.group(first.item);
      let n = 1;
      while (n < this.waiting.length && n < this.maxBatch && this.group(this.waiting[n]!.item) === group) n++;
      const batch = this.waiting.splice(0, n);
      this.running++;
      void this.run(batch).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async run(batch: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[]) {
    try {
      const results = await this.write(batch.map((b) => b.item));
      batch.forEach((b, i) => b.resolve(results[i]!));
    } catch (err) {
      if (batch.length === 1) return batch[0]!.reject(err);
      await Promise.all(
        batch.map((b) =>
          this.write([b.item]).then(
            (r) => b.resolve(r[0]!),
            (e: unknown) => b.reject(e),
          ),
        ),
      );
    }
  }
}
