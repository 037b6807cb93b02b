/** The demo shop's PayGlobe endpoints under `<basePath>/payglobe/…`, against the local sandbox. */
export interface PayGlobeMerchantOptions {
  /** The provider sandbox's origin. */
  sandboxOrigin: string;
  /** Path prefix of the shop's endpoints, e.g. `/merchant/payglobe`. */
  basePath: string;
}

/** A fetch-standard handler for `<basePath>/…`, or null for any other path. */
export function createPayGlobeMerchant(options: PayGlobeMerchantOptions): (request: Request) => Promise<Response | null> {
  void options;
  return async () => null;
}
