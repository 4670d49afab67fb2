"""The SCIM family: the SCIM 2.0 (RFC 7643/7644) directory of users and groups at `/scim/v2`. `directory`
maps it onto the access family's members and roles, `routes` serves it."""
