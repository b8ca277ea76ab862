/** Someone numbers can be assigned to. */
export interface Assignee {
  id: number;
  username: string;
  isMe: boolean;
}
