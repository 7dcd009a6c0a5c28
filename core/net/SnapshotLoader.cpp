#include "SnapshotLoader.h"

#include "ApiClient.h"
#include "FreeMemory.h"
#include "LoadState.h"
#include "NetLogging.h"
#include "SnapshotAssembly.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <algorithm>
#include <memory>

namespace wod::net {

namespace {

// People per page: the API's maximum, so an org of up to 1,000 users is one request.
constexpr int kPeoplePageSize = 1000;

} // namespace


class SnapshotLoader::Private
{
public:
    using StatePtr = std::shared_ptr<LoadState>;

    SnapshotLoader *q = nullptr;
    ApiClient *client = nullptr;
    StatePtr current; // null when idle
    QList<Person> known;

    // What a failed read means for the load.
    enum class OnError
    {
        FailLoad,      // a required read: the load fails; the handler decides what follows
        AbsentOn404,   // an extension read: NotFound = the public API only, anything else fails
        Ignore,        // a read that only decorates the snapshot
    };

    // Whether answers for `state` still count: it is the current load (not cancelled,
    // superseded or failed) and the loader still exists.
    bool isCurrent(const QPointer<SnapshotLoader> &guard, const StatePtr &state) const
    {
        return guard && current == state && !state->failed;
    }

    // Every read of a load answers through this: counted in `pending` until it answers, acting
    // only while isCurrent(), its failure routed by `onError` (unless `recover` takes it over:
    // true), then, for reads that are not required, the check whether the load is complete.
    template <typename T, typename Handler>
    ApiClient::Callback<T> read(const StatePtr &state, OnError onError, Handler handler,
                                std::function<bool(const ApiError &)> recover = {})
    {
        ++state->pending;
        QPointer<SnapshotLoader> guard(q);
        return [this, guard, state, onError, handler, recover](const Result<T> &r) {
            if (!isCurrent(guard, state))
                return;
            --state->pending;
            if (const auto *e = std::get_if<ApiError>(&r)) {
                if (recover && recover(*e))
                    return;
                if (onError == OnError::FailLoad
                    || (onError == OnError::AbsentOn404 && e->kind != ApiError::Kind::NotFound))
                    return fail(state, *e);
            } else {
                if (onError == OnError::AbsentOn404)
                    ++state->extensionsAnswered;
                handler(std::get<T>(r));
            }
            if (onError != OnError::FailLoad)
                maybeFinish(state);
        };
    }

    template <typename T, typename Handler>
    ApiClient::Callback<T> required(const StatePtr &state, Handler handler)
    {
        return read<T>(state, OnError::FailLoad, handler);
    }

    template <typename T, typename Handler>
    ApiClient::Callback<T> extension(const StatePtr &state, Handler handler)
    {
        return read<T>(state, OnError::AbsentOn404, handler);
    }

    // Page handler of peoplePages(): appends each page's people to `users` while `state` is the
    // current load.
    std::function<void(QList<ApiPerson> &&)> collectPeople(const StatePtr &state,
                                                           QList<Person> LoadState::*users)
    {
        QPointer<SnapshotLoader> guard(q);
        return [this, guard, state, users](QList<ApiPerson> &&people) {
            if (!isCurrent(guard, state))
                return;
            QList<Person> &into = (*state).*users;
            int unusable = 0; // listed and shown, refused if acted on (ApiPerson::problem)
            QString problem;
            // A re-read of known users (plus the acting admin, who is not in a plan's list): the
            // right size at once, instead of growing by doubling and squeezing (a copy) at the end.
            if (into.isEmpty() && !state->known.isEmpty())
                into.reserve(state->known.size() + 1);
            for (ApiPerson &p : people) {
                if (!p.problem.isEmpty() && unusable++ == 0)
                    problem = p.problem;
                QString email = p.emails.isEmpty() ? QString() : std::move(p.emails.first());
                into.append(Person{std::move(p.id), std::move(email), std::move(p.displayName)});
                shareKnownStrings(*state, into.last());
            }
            if (unusable > 0)
                qCWarning(lcNetSnapshot).noquote().nospace()
                    << unusable << " listed people cannot be acted on (" << problem << ")";
        };
    }

    // A person read again who is the next known one (or the one after: the acting admin is not
    // in a plan's list) takes the known strings: equal text, one copy in memory.
    static void shareKnownStrings(LoadState &state, Person &p)
    {
        const qsizetype last = std::min(state.knownNext + 2, state.known.size());
        for (qsizetype k = state.knownNext; k < last; ++k) {
            const Person &known = state.known.at(k);
            if (known.id != p.id)
                continue;
            p.id = known.id;
            if (known.email == p.email)
                p.email = known.email;
            if (known.displayName == p.displayName)
                p.displayName = known.displayName;
            state.knownNext = k + 1;
            return;
        }
    }

    // The /v1/people walk's `more`: asked only when there is a next page, i.e. more users than
    // one page holds. The walk stops; the users are read through SCIM instead.
    static bool stopAtSecondPage(bool *large)
    {
        *large = true;
        return false;
    }

    void fail(const StatePtr &state, const ApiError &error)
    {
        state->failed = true;
        current.reset();
        qCWarning(lcNetSnapshot).noquote() << "load failed:" << error.toString();
        emit q->failed(error);
    }

    void maybeFinish(const StatePtr &state)
    {
        if (state->round2Started && state->pending == 0)
            finish(state);
        else
            maybeChecklistReady(state);
    }

    // Everything but the remaining SCIM user pages known (the SCIM read is the only one pending):
    // the partial snapshot, once per load.
    void maybeChecklistReady(const StatePtr &state)
    {
        if (!state->round2Started || !state->announcedUsers || state->checklistSent
            || state->pending != 1)
            return;
        state->checklistSent = true;
        OrgSnapshot partial = assembleSnapshot(*state, true);
        qCInfo(lcNetSnapshot).noquote()
            << "checklist ready:" << partial.orgId << "users" << partial.users.size() << "of"
            << *state->announcedUsers << "read in" << state->elapsed.elapsed() << "ms";
        emit q->checklistReady(partial);
        const qsizetype read = partial.users.size();
        partial = {};
        emit q->usersProgress(read, *state->announcedUsers);
    }

    void start(const StatePtr &state)
    {
        // Round 1: who the admin is, what the role ids mean, which organizations are visible,
        // and (speculatively, for the usual case of an admin of their own org) the org's people
        // and licenses. Five reads: within QNetworkAccessManager's six HTTP/1.1 connections per
        // host, so they really run in parallel. Round 2 (six reads) starts when all five have
        // answered: starting it earlier would find a connection still busy with the larger
        // people page and queue its sixth read for another round trip.
        const auto identity = [this, state] {
            if (--state->round1Pending == 0)
                round2(state);
        };
        client->me(required<ApiPerson>(state, [state, identity](const ApiPerson &me) {
            state->me = me;
            identity();
        }));
        client->roles(required<QList<ApiRole>>(state, [state, identity](const QList<ApiRole> &roles) {
            state->roles = roles;
            identity();
        }));
        client->organizations(required<QList<ApiOrganization>>(
            state, [state, identity](const QList<ApiOrganization> &orgs) {
                state->organizations = orgs;
                identity();
            }));
        client->peoplePages(kPeoplePageSize, collectPeople(state, &LoadState::ownUsers),
                            required<std::monostate>(state, [identity](std::monostate) { identity(); }),
                            {}, [state] { return stopAtSecondPage(&state->ownLarge); });
        client->licenses(required<QList<ApiLicense>>(state, [state, identity](const QList<ApiLicense> &licenses) {
            state->ownLicenses = licenses;
            identity();
        }));
    }

    std::optional<QString> chooseTarget(const LoadState &s, ApiError *error) const
    {
        if (!s.requestedOrgId.isEmpty())
            return s.requestedOrgId;
        for (const ApiOrganization &org : s.organizations) {
            if (org.id == s.me->orgId)
                return org.id;
        }
        if (s.organizations.size() == 1)
            return s.organizations.constFirst().id;
        error->kind = ApiError::Kind::NotFound;
        error->message = s.organizations.isEmpty()
            ? tr("The signed-in account cannot see any organization.")
            : tr("The signed-in account manages %1 organizations; choose one.")
                  .arg(s.organizations.size());
        return std::nullopt;
    }

    void round2(const StatePtr &state)
    {
        ApiError error;
        const auto target = chooseTarget(*state, &error);
        if (!target)
            return fail(state, error);
        state->targetOrgId = *target;
        state->round2Started = true;
        // Round 2: the target org and the Control Hub extension reads (six reads). A partner's
        // round-1 people and licenses were of their own org: re-read the customer's.
        state->partner = state->me->orgId != *target;
        client->organization(*target, required<ApiOrganization>(state, [this, state](const ApiOrganization &org) {
            state->org = org;
            maybeFinish(state);
        }));
        if (state->partner) {
            // The partner's own organization, so the checklist names it rather than an id.
            client->organization(state->me->orgId, read<ApiOrganization>(state, OnError::Ignore, [state](const ApiOrganization &org) {
                state->partnerOrgName = org.displayName;
            }));
            state->ownUsers = {}; // the partner's own org: not needed
            const QString customer = *target;
            client->peoplePages(kPeoplePageSize, collectPeople(state, &LoadState::targetUsers),
                                required<std::monostate>(state, [this, state, customer](std::monostate) {
                                    if (state->targetLarge)
                                        readUsersByScim(state, customer, &LoadState::targetUsers);
                                    else
                                        maybeFinish(state);
                                }),
                                customer, [state] { return stopAtSecondPage(&state->targetLarge); });
            client->licenses(required<QList<ApiLicense>>(state, [this, state](const QList<ApiLicense> &licenses) {
                state->targetLicenses = licenses;
                maybeFinish(state);
            }), *target);
        } else if (state->ownLarge) {
            readUsersByScim(state, *target, &LoadState::ownUsers);
        }
        client->controlHubSubscriptions(*target, extension<QList<Subscription>>(state, [state](const QList<Subscription> &v) {
            state->extensionAnswers.subscriptions = v;
        }));
        client->controlHubLinkedSites(*target, extension<QStringList>(state, [state](const QStringList &v) {
            state->extensionAnswers.linkedSites = v;
        }));
        client->controlHubDirectorySync(*target, extension<bool>(state, [state](bool v) {
            state->extensionAnswers.directorySync = v;
        }));
        client->controlHubManagedBy(*target, extension<QStringList>(state, [state](const QStringList &v) {
            state->extensionAnswers.managedBy = v;
        }));
        client->controlHubManagedOrgs(*target, extension<QStringList>(state, [state](const QStringList &v) {
            state->extensionAnswers.managedOrgs = v;
        }));
    }

    // A large organization's users through SCIM (ApiClient::scimUsersPages: after the first
    // page, the others in parallel). When SCIM is refused (the token lacks identity:people_read,
    // or no SCIM: 401/403/404) before any page, the /v1/people walk from the start instead: the
    // same users either way, in the same order.
    void readUsersByScim(const StatePtr &state, const QString &orgId, QList<Person> LoadState::*users)
    {
        ((*state).*users).clear(); // the first /people page: read again, in SCIM's paging
        state->knownNext = 0;
        state->usersSource = QStringLiteral("scim");
        auto delivered = std::make_shared<bool>(false);
        auto collect = collectPeople(state, users);
        // Refused before any page: the /people walk instead. Anything else fails the load.
        const auto fallBack = [this, state, orgId, users, delivered](const ApiError &e) {
            const bool refused = e.kind == ApiError::Kind::Forbidden
                || e.kind == ApiError::Kind::Unauthorized || e.kind == ApiError::Kind::NotFound;
            if (!refused || *delivered)
                return false;
            qCInfo(lcNetSnapshot).noquote().nospace()
                << "SCIM users refused (" << e.httpStatus << "); reading /people instead";
            ((*state).*users).clear();
            state->knownNext = 0;
            state->usersSource = QStringLiteral("people (SCIM refused)");
            client->peoplePages(kPeoplePageSize, collectPeople(state, users),
                                required<std::monostate>(state, [this, state](std::monostate) {
                                    maybeFinish(state);
                                }),
                                state->partner ? orgId : QString());
            return true;
        };
        // A re-read before a deletion (known users given) is not waited for by anyone and runs
        // next to the plan: a few pages at a time keep its memory down. A pre-flight asks for
        // every page at once.
        const int window = state->known.isEmpty() ? 0 : 4;
        QPointer<SnapshotLoader> guard(q);
        client->scimUsersPages(
            orgId, ApiClient::kScimUsersPageSize,
            [this, guard, state, users, collect, delivered](QList<ApiPerson> &&people) {
                *delivered = true;
                collect(std::move(people));
                if (isCurrent(guard, state) && state->checklistSent)
                    emit q->usersProgress(((*state).*users).size(), *state->announcedUsers);
            },
            read<std::monostate>(
                state, OnError::FailLoad, [this, state](std::monostate) { maybeFinish(state); },
                fallBack),
            window,
            [this, guard, state, users](qint64 total) {
                // More pages to come: the checklist need not wait for them.
                if (!isCurrent(guard, state) || total <= ((*state).*users).size())
                    return;
                state->announcedUsers = qsizetype(total);
                maybeChecklistReady(state);
            });
    }

    void finish(const StatePtr &state)
    {
        OrgSnapshot snap = assembleSnapshot(*state, false);
        snap.users = std::move(state->partner ? state->targetUsers : state->ownUsers);
        snap.users.squeeze(); // pages grew it geometrically
        const bool extensions = state->extensionsAnswered > 0;
        current.reset();
        // A large org's pages were decoded on the worker and freed there: back to the system.
        if (snap.users.size() > kPeoplePageSize)
            FreeMemory::releaseToSystem();
        qCInfo(lcNetSnapshot).noquote()
            << "loaded" << snap.orgId << "users" << snap.users.size() << "requests"
            << (client->requestsSent() - state->requestsAtStart) << "in" << state->elapsed.elapsed()
            << "ms" << (extensions ? "(Control Hub extension)" : "(public API only)")
            << "users from" << state->usersSource;
        emit q->loaded(snap);
    }
};

SnapshotLoader::SnapshotLoader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->client = client;
}

SnapshotLoader::~SnapshotLoader()
{
    delete d;
}

void SnapshotLoader::setKnownUsers(const QList<Person> &users)
{
    d->known = users;
}

bool SnapshotLoader::isLoading() const
{
    return d->current != nullptr;
}

void SnapshotLoader::cancel()
{
    d->current.reset();
}

void SnapshotLoader::load(const QString &orgId)
{
    auto state = std::make_shared<LoadState>();
    state->requestedOrgId = orgId;
    state->known = d->known;
    state->elapsed.start();
    state->requestsAtStart = d->client->requestsSent();
    d->current = state; // supersedes a running load: its answers are discarded
    qCInfo(lcNetSnapshot).noquote()
        << "loading" << (orgId.isEmpty() ? QStringLiteral("the admin's organization") : orgId);
    d->start(state);
}

} // namespace wod::net
