import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { type CuratedFile, curatedFile, curatedFileName } from './curated-format.ts';
import { meetingFile, referenceFiles } from './format.ts';
import { curatorMessages, formatPath, type Problem } from './problems.ts';

/** One parsed file and the name it is reported under. */
export interface Located<T> {
  file: string;
  content: T;
}

type ReferenceFiles = typeof referenceFiles;

export type LoadedDataset = {
  [K in keyof ReferenceFiles]: Located<z.infer<ReferenceFiles[K]['schema']>>;
} & {
  meetings: Located<z.infer<typeof meetingFile>>[];
  /** Full texts of the sources that have one, by source id. */
  texts: Map<string, string>;
  /** What editors curated, written back as a patch over the other files, where there is one. */
  curated: Located<CuratedFile> | undefined;
};

/** Reads and checks one YAML file against its schema; problems are added to `problems`. */
async function readFileAs<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
  problems: Problem[],
): Promise<z.infer<S> | undefined> {
  const path = join(dir, name);
  const source = existsSync(path) ? await readFile(path, 'utf8') : undefined;
  return checkFile(reportedName(dir, name), source, schema, problems);
}

/**
 * Parses the text of one YAML file (undefined: the file is missing) and checks it against its
 * schema; problems are added to `problems`, reported under `file`.
 */
export function checkFile<S extends z.ZodType>(
  file: string,
  source: string | undefined,
  schema: S,
  problems: Problem[],
): z.infer<S> | undefined {
  if (source === undefined) {
    problems.push({ file, path: '', message: 'file not found' });
    return undefined;
  }
  if (source.trim() === '') {
    problems.push({ file, path: '', message: 'the file is empty' });
    return undefined;
  }
  const document = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  const [syntaxError] = document.errors;
  if (syntaxError !== undefined) {
    // The first error is the one to fix; the rest usually follow from it.
    const summary = syntaxError.message.split('\n')[0]?.replace(/:$/, '');
    problems.push({ file, path: '', message: `YAML syntax error: ${summary}` });
    return undefined;
  }
  const parsed = schema.safeParse(document.toJS(), { error: curatorMessages });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file, path: formatPath(issue.path), message: issue.message });
    }
    return undefined;
  }
  return parsed.data;
}

/**
 * The name a file is reported under: relative to the working folder where it lies inside it,
 * like `data/programmes.yaml`, else its full path.
 */
export function reportedName(dir: string, name: string): string {
  const path = join(dir, name);
  const inside = relative(process.cwd(), path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

/**
 * Reads every file of the dataset in `dir` and checks each against its format. Returns the
 * parsed dataset, or undefined with `problems` filled when any file is unreadable or malformed.
 */
export async function loadDataset(
  dir: string,
  problems: Problem[],
): Promise<LoadedDataset | undefined> {
  const loaded: Partial<Record<keyof ReferenceFiles, Located<unknown>>> = {};
  for (const [key, { file: name, schema }] of Object.entries(referenceFiles)) {
    const content = await readFileAs(dir, name, schema, problems);
    if (content !== undefined) {
      loaded[key as keyof ReferenceFiles] = { file: reportedName(dir, name), content };
    }
  }

  const meetingNames = existsSync(join(dir, 'meetings'))
    ? (await readdir(join(dir, 'meetings'))).filter((name) => name.endsWith('.yaml')).sort()
    : [];
  const meetings: LoadedDataset['meetings'] = [];
  for (const name of meetingNames) {
    const content = await readFileAs(dir, join('meetings', name), meetingFile, problems);
    if (content !== undefined)
      meetings.push({ file: reportedName(dir, join('meetings', name)), content });
  }

  const texts = new Map<string, string>();
  const sources = loaded.sources as LoadedDataset['sources'] | undefined;
  for (const [index, source] of (sources?.content.sources ?? []).entries()) {
    if (source.text === undefined) continue;
    const path = join(dir, source.text);
    if (existsSync(path)) {
      texts.set(source.id, await readFile(path, 'utf8'));
    } else {
      problems.push({
        file: sources?.file ?? '',
        path: `sources[${index}].text`,
        message: `file ${source.text} not found in the dataset folder`,
      });
    }
  }

  const curated = existsSync(join(dir, curatedFileName))
    ? await readFileAs(dir, curatedFileName, curatedFile, problems)
    : undefined;

  if (problems.length > 0) return undefined;
  return {
    ...(loaded as Omit<LoadedDataset, 'meetings' | 'texts' | 'curated'>),
    meetings,
    texts,
    curated: curated && { file: reportedName(dir, curatedFileName), content: curated },
  };
}
