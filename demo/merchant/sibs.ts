/** The demo shop's Sibs endpoints under `<basePath>/sibs/…`, against the local sandbox. */
export interface SibsMerchantOptions {
  /** The provider sandbox's origin. */
  sandboxOrigin: string;
  /** Path prefix of the shop's endpoints, e.g. `/merchant/sibs`. */
  basePath: string;
}

/** A fetch-standard handler for `<basePath>/…`, or null for any other path. */
export function createSibsMerchant(options: SibsMerchantOptions): (request: Request) => Promise<Response | null> {
  void options;
  return async () => null;
}
