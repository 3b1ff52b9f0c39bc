/**
 * Micro-batching of writes that arrive together. Each submitted item waits only while earlier batches are being
 * written (at most `inFlight` at once); everything that arrived meanwhile goes into the next batch (up to
 * `maxBatch`). A lone request is written at once, as a batch of one, so nothing waits on a timer. When a batch
 * fails, its items are written again one by one, so one bad item fails nobody else. An item with a `group` shares
 * a batch only with items of the same group (and waits its turn in order); items without one batch together.
 *
 * With a `lookup`, items first pass a stage of their own: one lookup batch at a time takes everything waiting, and
 * the looked-up items wait for a write slot, where whatever has gathered is written together. The lookup of the
 * next items then runs while earlier ones are written, and a write batch holds what several lookups passed on:
 * fewer, larger write batches than when each batch did both (a registration's repeat lookup, bench/README.md).
 */
export class RegistrationQueue<T, R, L = undefined> {
  private readonly waiting: Entry<T, R, L>[] = [];
  private readonly ready: Entry<T, R, L>[] = [];
  private running = 0;
  private lookingUp = false;
  private readonly inFlight: number;
  private readonly maxBatch: number;
  private readonly group: (item: T) => string | undefined;
  private readonly lookup: ((items: T[]) => Promise<L[]>) | undefined;

  constructor(
    private readonly write: (items: T[], looked: L[]) => Promise<R[]>,
    options: { inFlight?: number; maxBatch?: number; group?: (item: T) => string | undefined; lookup?: (items: T[]) => Promise<L[]> } = {},
  ) {
    this.inFlight = options.inFlight ?? 2;
    this.maxBatch = options.maxBatch ?? 64;
    this.group = options.group ?? (() => undefined);
    this.lookup = options.lookup;
  }

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const entry: Entry<T, R, L> = { item, looked: undefined as L, resolve, reject };
      (this.lookup ? this.waiting : this.ready).push(entry);
      this.pump();
    });
  }

  /** The first entries of `list` that may share a batch: up to maxBatch, all of the first one's group. */
  private take(list: Entry<T, R, L>[]) {
    const group = this.group(list[0]!.item);
    let n = 1;
    while (n < list.length && n < this.maxBatch && this.group(list[n]!.item) === group) n++;
    return list.splice(0, n);
  }

  private pump() {
    if (this.lookup && !this.lookingUp && this.waiting.length) {
      const batch = this.take(this.waiting);
      this.lookingUp = true;
      void this.runLookup(batch).finally(() => {
        this.lookingUp = false;
        this.pump();
      });
    }
    while (this.running < this.inFlight && this.ready.length) {
      const batch = this.take(this.ready);
      this.running++;
      void this.runWrite(batch).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async runLookup(batch: Entry<T, R, L>[]) {
    const lookup = this.lookup!;
    const pass = (b: Entry<T, R, L>, looked: L) => {
      b.looked = looked;
      this.ready.push(b);
    };
    try {
      const looked = await lookup(batch.map((b) => b.item));
      batch.forEach((b, i) => pass(b, looked[i]!));
    } catch (err) {
      if (batch.length === 1) return batch[0]!.reject(err);
      await Promise.all(
        batch.map((b) =>
          lookup([b.item]).then(
            (l) => pass(b, l[0]!),
            (e: unknown) => b.reject(e),
          ),
        ),
      );
    }
  }

  private async runWrite(batch: Entry<T, R, L>[]) {
    try {
      const results = await this.write(
        batch.map((b) => b.item),
        batch.map((b) => b.looked),
      );
      batch.forEach((b, i) => b.resolve(results[i]!));
    } catch (err) {
      if (batch.length === 1) return batch[0]!.reject(err);
      await Promise.all(
        batch.map((b) =>
          this.write([b.item], [b.looked]).then(
            (r) => b.resolve(r[0]!),
            (e: unknown) => b.reject(e),
          ),
        ),
      );
    }
  }
}

interface Entry<T, R, L> {
  item: T;
  looked: L;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}
