/** The demo shop's PayGlocal endpoints under `<basePath>/payglocal/…`, against the local sandbox. */
export interface PayGlocalMerchantOptions {
  /** The provider sandbox's origin. */
  sandboxOrigin: string;
  /** Path prefix of the shop's endpoints, e.g. `/merchant/payglocal`. */
  basePath: string;
}

/** A fetch-standard handler for `<basePath>/…`, or null for any other path. */
export function createPayGlocalMerchant(options: PayGlocalMerchantOptions): (request: Request) => Promise<Response | null> {
  void options;
  return async () => null;
}
