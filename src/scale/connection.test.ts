import { describe, expect, it } from 'vitest';
import { ReadoutError } from '../errors.js';
import { redacted, withoutPassword } from './connection.js';
import { pgError } from './pg.js';

describe('redacted: every form of password in a connection string is masked', () => {
  it('masks the password of a URL and keeps its user, host, port and database', () => {
    expect(redacted('postgresql://reader:Tr0ut-Lake@db.newsroom.test:5433/archive')).toBe('postgresql://reader:***@db.newsroom.test:5433/archive');
  });

  it('masks a percent-escaped password whole', () => {
    expect(redacted('postgres://reader:p%40ss%2Fw0rd@db.newsroom.test/archive')).toBe('postgres://reader:***@db.newsroom.test/archive');
  });

  it('masks a password typed with ?, / and @ unescaped, up to the @ before the host', () => {
    expect(redacted('postgresql://reader:c?d/a@b@db.newsroom.test/archive?sslmode=require')).toBe('postgresql://reader:***@db.newsroom.test/archive?sslmode=require');
  });

  it('masks the password of a URL without a host (a unix socket given in the query)', () => {
    expect(redacted('postgresql://reader:Tr0ut-Lake@/archive?host=%2Frun%2Fpostgresql')).toBe('postgresql://reader:***@/archive?host=%2Frun%2Fpostgresql');
  });

  it('masks a ?password= query parameter and keeps the parameters around it', () => {
    expect(redacted('postgresql://db.newsroom.test/archive?user=reader&password=Tr0ut-Lake&sslmode=require'))
      .toBe('postgresql://db.newsroom.test/archive?user=reader&password=***&sslmode=require');
  });

  it('masks a password parameter first in the query, given twice, or in capitals', () => {
    expect(redacted('postgresql://db.newsroom.test/archive?password=one&PASSWORD=two&password=three'))
      .toBe('postgresql://db.newsroom.test/archive?password=***&PASSWORD=***&password=***');
  });

  it('masks the password of the client key (sslpassword)', () => {
    expect(redacted('postgresql://reader@db.newsroom.test/archive?sslkey=reader.key&sslpassword=K3y-Lock')).toBe('postgresql://reader@db.newsroom.test/archive?sslkey=reader.key&sslpassword=***');
  });

  it('masks both passwords of a URL that gives one in its user information and one in its query', () => {
    expect(redacted('postgresql://reader:first@db.newsroom.test/archive?password=second')).toBe('postgresql://reader:***@db.newsroom.test/archive?password=***');
  });

  it('masks password= in a key/value connection string', () => {
    expect(redacted('host=db.newsroom.test user=reader password=Tr0ut-Lake dbname=archive')).toBe('host=db.newsroom.test user=reader password=*** dbname=archive');
  });

  it('masks a quoted key/value password holding spaces and an escaped quote, with spaces around =', () => {
    expect(redacted("host=db.newsroom.test password = 'trout \\' lake' dbname=archive")).toBe('host=db.newsroom.test password=*** dbname=archive');
  });

  it('changes nothing in a URL without a password, even one with an @ in its query', () => {
    const url = 'postgresql://reader@db.newsroom.test/archive?application_name=ingest@night';
    expect(redacted(url)).toBe(url);
  });

  it('changes nothing but passwords in a message, its spaces, question marks and ampersands kept', () => {
    const message = '  queue takes add or work, not "fetch?all&now"; try "readout queue --help"\n';
    expect(redacted(message)).toBe(message);
  });

  it('masks a URL quoted in a message and keeps the words after it', () => {
    expect(redacted('no paths here (got "postgresql://db.newsroom.test/archive?password=Tr0ut-Lake"); use --pg'))
      .toBe('no paths here (got "postgresql://db.newsroom.test/archive?password=***"); use --pg');
  });

  it('masks each of two URLs quoted in one message', () => {
    expect(redacted("postgresql://reader:Tr0ut-Lake@db.newsroom.test/archive?sslmode=require: cannot open 'postgresql://reader:Tr0ut-Lake@db.newsroom.test/archive?sslmode=require'"))
      .toBe("postgresql://reader:***@db.newsroom.test/archive?sslmode=require: cannot open 'postgresql://reader:***@db.newsroom.test/archive?sslmode=require'");
  });

  it('masks the query of a URL that follows a question in the same message', () => {
    expect(redacted('which store? postgresql://db.newsroom.test/archive?sslpassword=K3y-Lock')).toBe('which store? postgresql://db.newsroom.test/archive?sslpassword=***');
  });

  it('hides more rather than less when a URL with a port and no password has an @ in its query (a password may hold ? and /)', () => {
    expect(redacted('postgresql://db.newsroom.test:5433/archive?application_name=ingest@night')).toBe('postgresql://db.newsroom.test:***@night');
  });
});

describe('withoutPassword: every form of password is left out, for a command a user will run', () => {
  it('leaves out the password of a URL and keeps its user', () => {
    expect(withoutPassword('postgresql://reader:Tr0ut-Lake@db.newsroom.test/archive')).toBe('postgresql://reader@db.newsroom.test/archive');
  });

  it('leaves out a ?password= parameter with its separator', () => {
    expect(withoutPassword('postgresql://db.newsroom.test/archive?password=Tr0ut-Lake&sslmode=require')).toBe('postgresql://db.newsroom.test/archive?sslmode=require');
    expect(withoutPassword('postgresql://db.newsroom.test/archive?sslmode=require&password=Tr0ut-Lake')).toBe('postgresql://db.newsroom.test/archive?sslmode=require');
    expect(withoutPassword('postgresql://db.newsroom.test/archive?password=Tr0ut-Lake')).toBe('postgresql://db.newsroom.test/archive');
  });

  it('leaves out password= of a key/value connection string', () => {
    expect(withoutPassword("password='trout lake' host=db.newsroom.test dbname=archive")).toBe('host=db.newsroom.test dbname=archive');
  });
});

describe('pgError', () => {
  it('masks a password the driver quotes in its message', () => {
    const error = pgError(new Error('could not connect with postgresql://reader:Tr0ut-Lake@db.newsroom.test/archive'), 'postgresql://reader:***@db.newsroom.test/archive');
    expect(error).toBeInstanceOf(ReadoutError);
    expect(error.message).not.toContain('Tr0ut-Lake');
  });
});
