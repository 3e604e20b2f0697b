/** What the server is given by its caller: it reads no file itself. */
export interface ServerBundle {
  /** The package version, reported to clients. */
  readonly version: string;
  /** The bundled example specs by name (launch, incident, sprint), as text. */
  readonly examples: Readonly<Record<string, string>>;
}
