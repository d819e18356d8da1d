/**
 * A language's catalogue from its areas: every area's problems in one flat table (a code names its
 * message directly; codes are unique across areas, test/i18n/catalogue.test.ts), and each area's
 * words under the area's name. Both languages are put together by this one function.
 */
interface Area {
  problems: object;
  words: object;
}

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export type CatalogueOf<A extends Record<string, Area>> = {
  problems: Intersection<A[keyof A]["problems"]>;
  words: { [K in keyof A]: A[K]["words"] };
};

export function catalogueOf<A extends Record<string, Area>>(areas: A): CatalogueOf<A> {
  const problems = Object.assign({}, ...Object.values(areas).map((a) => a.problems));
  const words = Object.fromEntries(Object.entries(areas).map(([name, a]) => [name, a.words]));
  return { problems, words } as CatalogueOf<A>;
}
