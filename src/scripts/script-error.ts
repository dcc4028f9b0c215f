/** The error a script hook throws: a code and a message a process designer understands. */
export class ScriptError extends Error {
  override readonly name = 'ScriptError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}
