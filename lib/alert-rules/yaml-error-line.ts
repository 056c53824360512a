/**
 * The line to report a YAML syntax error at. The parser places some errors where it gave up:
 * past the end of the file for an unclosed quote, or on the next `---` for an unclosed `[`,
 * which is a line that does not exist or holds nothing wrong (a GitHub annotation there points
 * at nothing). Step back to the nearest line with content that is not a document marker.
 */
export function yamlErrorLine(source: string, line: number): number {
  const lines = source.split("\n");
  let at = line;
  while (at > 1 && (at > lines.length || lines[at - 1].trim() === "" || /^(?:---|\.\.\.)\s*(?:#.*)?$/.test(lines[at - 1]))) at--;
  return at;
}
