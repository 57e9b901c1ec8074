// Copies the data files (lexicons, knowledge base) beside the compiled modules, so `dist/` finds them
// exactly where `src/` does.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function copyDataFolders(from, to) {
  for (const name of readdirSync(from)) {
    const path = join(from, name);
    if (!statSync(path).isDirectory()) continue;
    if (name === 'data') cpSync(path, join(to, name), { recursive: true });
    else copyDataFolders(path, join(to, name));
  }
}

copyDataFolders('src', 'dist');
