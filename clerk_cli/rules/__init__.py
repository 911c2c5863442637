"""Pure decisions about actions: due dates, overdue and due soon, statuses, slips. No I/O."""
