#pragma once
// Deterministic ids of the sandbox, so that a restarted sandbox serving the same scenario hands out
// the same ids (a resumed deletion finds its users again):
//   person id  = WebexId::encode("PEOPLE", uuidv5(kNamespace, lower-case email))
//   partner org = WebexId::encode("ORGANIZATION", uuidv5(kNamespace, "org:" + partner org name))
//   role id    = WebexId::encode("ROLE", ciName), e.g. ROLE/id_full_admin
// kNamespace = 4f2b7c1e-93a5-5d0e-8c6a-2d1f0b9e7a35 (fixed; documented in openapi.yaml).

#include <QString>
#include <QUuid>

namespace wod::sandbox::SandboxIds {

QUuid idNamespace();
// Bare uuid of a person derived from the email (case-insensitive).
QString personUuid(const QString &email);
QString personId(const QString &email);
QString partnerOrgId(const QString &partnerOrgName);
// Reused by licenses and other derived objects: uuidv5(kNamespace, name).
QString nameUuid(const QString &name);

} // namespace wod::sandbox::SandboxIds
