// Stand-in for office-addin-manifest under jest (the real package imports an ESM-only dependency).
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
