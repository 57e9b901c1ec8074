// The part of autocannon's API bench/load.ts uses (the package ships no types).
declare module 'autocannon' {
  /** Options of one run. */
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    pipelining?: number;
    timeout?: number;
  }
  /** Summary statistics of a measure (latency in ms, requests per second). */
  interface Histogram {
    average: number;
    mean: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  }
  /** What a run measured. */
  interface Result {
    latency: Histogram;
    requests: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  /** Runs a load test; resolves when it ends. */
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
