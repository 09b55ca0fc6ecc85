/** Numbers with what they count, in the singular or plural: "1 document", "3 documents". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : plural}`;
}
