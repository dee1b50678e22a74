/**
 * The shape another language's strings must have: the same keys as the Japanese ones, any words.
 * A key missing from, or added to, an English namespace is a type error in that file.
 */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
