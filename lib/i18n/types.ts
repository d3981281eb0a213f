/** A catalog in another language: the same keys, any strings (plural entries stay plural). */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : { one: string; other: string } };
