import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findJava, JavaNotFoundError, JavaProbe, parseJavaVersion } from '../src/java';

/** A machine with the given java executables, each printing its `java -version`. */
function machine(env: NodeJS.ProcessEnv, javas: Record<string, string>): JavaProbe {
  return {
    env,
    platform: 'linux',
    isFile: (p) => p in javas,
    versionOutput: async (p) => javas[p],
  };
}

const v17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)';
const v21 = 'openjdk version "21.0.5" 2024-10-15 LTS';
const v11 = 'openjdk version "11.0.25" 2024-10-15';
const v8 = 'java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)';

test('version strings old and new', () => {
  assert.equal(parseJavaVersion(v17), 17);
  assert.equal(parseJavaVersion(v8), 8);
  assert.equal(parseJavaVersion('openjdk version "22" 2024-03-19'), 22);
  assert.equal(parseJavaVersion('bash: java: not found'), undefined);
});

test('the heapscope.java.home setting comes first', async () => {
  const m = machine({ JAVA_HOME: '/jdk21', PATH: '/usr/bin' }, { '/opt/jdk17/bin/java': v17, '/jdk21/bin/java': v21, '/usr/bin/java': v21 });
  assert.deepEqual(await findJava('/opt/jdk17', m), { java: '/opt/jdk17/bin/java', version: 17, source: 'heapscope.java.home' });
});

test('a wrong setting is reported, not silently replaced', async () => {
  const m = machine({ PATH: '/usr/bin' }, { '/usr/bin/java': v21 });
  await assert.rejects(findJava('/nowhere', m), (e: Error) => {
    assert.ok(e instanceof JavaNotFoundError);
    assert.match(e.message, /heapscope\.java\.home gives \/nowhere\/bin\/java, which does not exist/);
    assert.match(e.message, /Java 17 or newer/);
    return true;
  });
});

test('JAVA_HOME before PATH', async () => {
  const m = machine({ JAVA_HOME: '/jdk21', PATH: '/usr/bin' }, { '/jdk21/bin/java': v21, '/usr/bin/java': v17 });
  assert.equal((await findJava(undefined, m)).java, '/jdk21/bin/java');
});

test('an old JAVA_HOME falls back to a good java on PATH', async () => {
  const m = machine({ JAVA_HOME: '/jdk11', PATH: '/bin:/usr/bin' }, { '/jdk11/bin/java': v11, '/usr/bin/java': v17 });
  assert.deepEqual(await findJava('', m), { java: '/usr/bin/java', version: 17, source: 'PATH' });
});

test('only old Javas: the message names them and says what to install', async () => {
  const m = machine({ JAVA_HOME: '/jdk8', PATH: '/usr/bin' }, { '/jdk8/bin/java': v8, '/usr/bin/java': v11 });
  await assert.rejects(findJava(undefined, m), (e: Error) => {
    assert.match(e.message, /\/jdk8\/bin\/java \(from JAVA_HOME\) is Java 8\./);
    assert.match(e.message, /\/usr\/bin\/java \(from PATH\) is Java 11\./);
    assert.match(e.message, /Install a JDK or JRE 17\+/);
    return true;
  });
});

test('no Java at all', async () => {
  await assert.rejects(findJava(undefined, machine({ PATH: '/usr/bin' }, {})), /No java on PATH\. Heapscope needs Java 17 or newer/);
});

test('this machine has a Java 17+', async () => {
  const found = await findJava(undefined);
  assert.ok(found.version >= 17, `found ${found.java} ${found.version}`);
});
