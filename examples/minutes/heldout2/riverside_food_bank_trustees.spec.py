# The Word document: built with python-docx from these paragraphs (style, text).
PARAS = [
    ("Title", "Riverside Food Bank"),
    ("Normal", "Minutes of the Trustees' meeting held on Saturday 12 October 2024 at 10am"),
    ("Normal", "Present: Amara Cole (Chair), Kofi Mensah (Treasurer), Lucy Tran, Ian Rudd"),
    ("Heading 2", "1 Minutes of the last meeting"),
    ("Normal", "The minutes of 14 September 2024 were approved."),
    ("Heading 2", "2 Warehouse lease"),
    ("Normal", "Trustees agreed to renew the warehouse lease for three years."),
    ("Normal", "Kofi to obtain three quotes for the van insurance before the next meeting"),
    ("Heading 2", "3 Volunteers"),
    ("Normal", "Lucy reported that Saturday cover is thin in November."),
    ("List Bullet", "Lucy to set up a rota sign-up sheet"),
    ("List Bullet", "Ian will contact the university volunteering office"),
    ("Heading 2", "4 Safeguarding"),
    ("Normal", "Trustees approved the updated safeguarding policy."),
]
EXPECTED = {
 "meeting": {"body": ["Riverside Food Bank", "Riverside Food Bank Trustees", "Trustees"], "date": "2024-10-12"},
 "resolutions": [
  {"text": "The minutes of 14 September 2024 were approved"},
  {"text": "Trustees agreed to renew the warehouse lease for three years"},
  {"text": "Trustees approved the updated safeguarding policy"},
 ],
 "actions": [
  {"text": "renew the warehouse lease for three years", "owner": None, "due_date": None, "optional": True},
  {"text": "Kofi to obtain three quotes for the van insurance before the next meeting", "owner": "Kofi", "due_date": None},
  {"text": "Lucy to set up a rota sign-up sheet", "owner": "Lucy", "due_date": None},
  {"text": "Ian will contact the university volunteering office", "owner": "Ian", "due_date": None},
 ],
}
