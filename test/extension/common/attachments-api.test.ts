/** The attachment rules the composer and the server share: limits, allow-list, names, sizes, inline types. */
import { attachmentProblem, cleanFileName, describeTypes, formatFileSize, isInlineImage } from '../../../src/extension/common/attachments-api';

const settings = { attachmentMaxMb: 2, attachmentTypes: ['image/*', 'application/pdf'] };

describe('attachment rules', () => {
  it('accepts a file within the limit whose type is allowed exactly or by family', () => {
    expect(attachmentProblem({ size: 2 * 1024 * 1024, contentType: 'application/pdf' }, settings)).toBeUndefined();
    expect(attachmentProblem({ size: 10, contentType: 'Image/PNG; charset=binary' }, settings)).toBeUndefined();
  });

  it('says how large the file is and what the limit is', () => {
    expect(attachmentProblem({ size: 2 * 1024 * 1024 + 1, contentType: 'application/pdf' }, settings)).toEqual({
      code: 'attachment/too-large',
      message: 'The file is 2 MB; files may be at most 2 MB.',
    });
    expect(attachmentProblem({ size: 0, contentType: 'application/pdf' }, settings)?.code).toBe('attachment/invalid');
  });

  it('names the refused type and the allowed ones', () => {
    expect(attachmentProblem({ size: 10, contentType: 'application/zip' }, settings)).toEqual({
      code: 'attachment/type-not-allowed',
      message: 'Files of type application/zip cannot be attached. Allowed: images, PDF.',
    });
    expect(attachmentProblem({ size: 10, contentType: 'image/png' }, { ...settings, attachmentTypes: [] })?.message).toMatch(/No file types are allowed/);
    expect(describeTypes(['application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/x-custom'])).toBe('Word, application/x-custom');
  });

  it('keeps the last part of a path, without control characters, and shortens long names keeping the extension', () => {
    expect(cleanFileName('C:\\Users\\me\\report.pdf')).toBe('report.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName(' a\u0000b\u001f.txt ')).toBe('ab.txt');
    expect(cleanFileName('..')).toBeUndefined();
    expect(cleanFileName('dir/')).toBeUndefined();
    const long = cleanFileName(`${'x'.repeat(400)}.docx`)!;
    expect(long).toHaveLength(255);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('formats sizes for people', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(900)).toBe('900 bytes');
    expect(formatFileSize(2048)).toBe('2 KB');
    expect(formatFileSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatFileSize(25 * 1024 * 1024)).toBe('25 MB');
  });

  it('shows only raster images inline, never SVG or HTML', () => {
    expect(['image/png', 'image/jpeg', 'image/gif', 'IMAGE/WEBP'].every(isInlineImage)).toBe(true);
    expect(['image/svg+xml', 'text/html', 'application/pdf'].some(isInlineImage)).toBe(false);
  });
});
