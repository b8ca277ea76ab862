// Where the session's tokens live: localStorage, so a reload or a second tab stays signed in.

export interface StoredTokens {
  accessToken: string;
  refreshToken: string;
}

export interface TokenStore {
  get(): StoredTokens | null;
  set(tokens: StoredTokens): void;
  clear(): void;
}

const ACCESS_KEY = 'numbase.accessToken';
const REFRESH_KEY = 'numbase.refreshToken';

export function createLocalTokenStore(storage: Storage = window.localStorage): TokenStore {
  return {
    get() {
      const accessToken = storage.getItem(ACCESS_KEY);
      const refreshToken = storage.getItem(REFRESH_KEY);
      return accessToken && refreshToken ? { accessToken, refreshToken } : null;
    },
    set(tokens) {
      storage.setItem(ACCESS_KEY, tokens.accessToken);
      storage.setItem(REFRESH_KEY, tokens.refreshToken);
    },
    clear() {
      storage.removeItem(ACCESS_KEY);
      storage.removeItem(REFRESH_KEY);
    },
  };
}

/** An in-memory store, for tests. */
export function createMemoryTokenStore(initial: StoredTokens | null = null): TokenStore {
  let current = initial;
  return {
    get: () => current,
    set: (tokens) => {
      current = tokens;
    },
    clear: () => {
      current = null;
    },
  };
}

export const tokenStore: TokenStore = createLocalTokenStore();
