// Where the command line writes: kept apart from the services so `dcs help` loads only this and the help text.
/** Output sinks, replaceable in tests. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** `dcs … | head` closes the pipe early: the rest of the output has nowhere to go, which is no failure. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (!stream.listenerCount('error')) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  return stream;
}

export const defaultIo: Io = { out: (s) => quietOnClosedPipe(process.stdout).write(s + '\n'), err: (s) => quietOnClosedPipe(process.stderr).write(s + '\n') };
