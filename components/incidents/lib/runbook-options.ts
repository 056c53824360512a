/** What the pages pass to the client about each runbook: its slug and title, to label links and chips. Searching them is the server's job (/api/search?type=runbook). */
export interface RunbookOption {
  slug: string;
  title: string;
}
