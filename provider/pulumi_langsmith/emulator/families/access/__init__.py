"""The access family: users, organisation and workspace members, pending invites, roles, managed API keys
(service keys, personal access tokens) and SCIM bearer tokens. `principals` holds the store logic,
`schemas` the spec models, `routes` the routers."""
