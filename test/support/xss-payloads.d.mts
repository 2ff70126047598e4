/** The name of the global function every payload would call if it ran. */
export declare const TRIPWIRE: string;
/** Script-injection payloads, each a string a reader could type. */
export declare const XSS_PAYLOADS: string[];
/** Tags that must never appear in rendered reader text. */
export declare const FORBIDDEN_TAGS: string[];
