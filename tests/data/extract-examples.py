#!/usr/bin/env python3
"""Extract the JSON examples of the endpoints Dixa Supervisor uses into test data.

Sources:
  * Dixa's OpenAPI document (dixa-openapi-beta.yaml): every `example:` and `examples:` of the
    request bodies and responses of the 77 endpoints of dixa-api.md section 7;
  * the seed pages (seeds/*.txt): the curl `-d` request bodies and the one-line JSON responses
    (those elided with "..." by the docs renderer are skipped).

Writes tests/data/examples/<area>/<name>.json (one file per distinct payload, 2-space indented)
and tests/data/examples/manifest.json listing, for each file, the entity it decodes as, its
shape ("object": the entity itself, "array": a bare array of it, "data": {"data": entity},
"dataList": {"data": [entity], "meta"?}) and every place it was found.

Usage: extract-examples.py [--spec FILE] [--seeds DIR] [--out DIR]
Needs PyYAML (Debian: python3-yaml).
"""

import argparse
import collections
import json
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SPEC = pathlib.Path('/work/shared/spec/dixa-openapi-beta.yaml')
DEFAULT_SEEDS = pathlib.Path('/work/shared/seeds')

# The endpoints of dixa-api.md section 7 (beta paths): method, path, request body, answers.
# A body or answer is (entity, shape); error answers (4xx/5xx) are always ErrorResponse objects.
A, D, L, O = 'array', 'data', 'dataList', 'object'
ENDPOINTS = [
    ('GET', '/beta/agents', None, {'200': ('Agent', L)}),
    ('POST', '/beta/agents', ('CreateAgentInput', O), {'201': ('Agent', D)}),
    ('PUT', '/beta/agents', ('BulkUpdateAgentInput', A), {'200': ('AgentOutcome', L)}),
    ('PATCH', '/beta/agents', ('BulkPatchAgentInput', A), {'200': ('AgentOutcome', L)}),
    ('POST', '/beta/agents/bulk', ('CreateAgentInput', L), {'201': ('AgentOutcome', L)}),
    ('GET', '/beta/agents/{agentId}', None, {'200': ('Agent', D)}),
    ('PUT', '/beta/agents/{agentId}', ('UpdateAgentInput', O), {'200': ('Agent', D)}),
    ('PATCH', '/beta/agents/{agentId}', ('PatchAgentInput', O), {'200': ('Agent', D)}),
    ('DELETE', '/beta/agents/{agentId}', None, {}),
    ('GET', '/beta/agents/presence', None, {'200': ('UserPresence', A)}),
    ('GET', '/beta/agents/{agentId}/presence', None, {'200': ('UserPresence', D)}),
    ('PUT', '/beta/agents/{agentId}/presence/working-channel', ('WorkingChannelInput', O), {}),
    ('GET', '/beta/agents/{agentId}/teams', None, {'200': ('Team', L)}),
    ('GET', '/beta/endusers', None, {'200': ('EndUser', L)}),
    ('POST', '/beta/endusers', ('CreateEndUserInput', O), {'201': ('EndUser', D)}),
    ('PUT', '/beta/endusers', ('BulkUpdateEndUserInput', L), {'200': ('EndUserOutcome', L)}),
    ('PATCH', '/beta/endusers', ('BulkPatchEndUserInput', L), {'200': ('EndUserOutcome', L)}),
    ('POST', '/beta/endusers/bulk', ('CreateEndUserInput', L), {'201': ('EndUserOutcome', L)}),
    ('GET', '/beta/endusers/{userId}', None, {'200': ('EndUser', D)}),
    ('PUT', '/beta/endusers/{userId}', ('UpdateEndUserInput', O), {'200': ('EndUser', D)}),
    ('PATCH', '/beta/endusers/{userId}', ('PatchEndUserInput', O), {'200': ('EndUser', D)}),
    ('PATCH', '/beta/endusers/{userId}/anonymize', None,
     {'202': ('AnonymizationRequestStatus', D)}),
    ('PATCH', '/beta/endusers/{userId}/custom-attributes', ('CustomAttributeValuesInput', O),
     {'200': ('CustomAttribute', L)}),
    ('GET', '/beta/endusers/{userId}/conversations', None, {'200': ('Conversation', L)}),
    ('GET', '/beta/conversations/{conversationId}', None, {'200': ('Conversation', D)}),
    ('POST', '/beta/conversations', ('CreateConversationInput', O),
     {'201': ('CreatedConversation', D)}),
    ('PUT', '/beta/conversations/{conversationId}/claim', ('ClaimConversationInput', O), {}),
    ('PUT', '/beta/conversations/{conversationId}/close', ('CloseConversationInput', O), {}),
    ('PUT', '/beta/conversations/{conversationId}/reopen', ('ReopenConversationInput', O), {}),
    ('PUT', '/beta/conversations/{conversationId}/transfer/queue',
     ('TransferConversationInput', O), {}),
    ('PUT', '/beta/conversations/{conversationId}/followup', ('FollowupConversationInput', O),
     {}),
    ('PUT', '/beta/conversations/{conversationId}/tags/{tagId}', None, {}),
    ('DELETE', '/beta/conversations/{conversationId}/tags/{tagId}', None, {}),
    ('POST', '/beta/conversations/{conversationId}/tags/bulk', ('TagNameInput', L), {}),
    ('GET', '/beta/conversations/{conversationId}/tags', None, {'200': ('Tag', L)}),
    ('PATCH', '/beta/conversations/{conversationId}/anonymize', None,
     {'202': ('AnonymizationRequestStatus', D)}),
    ('PATCH', '/beta/conversations/{conversationId}/messages/{messageId}/anonymize', None,
     {'202': ('AnonymizationRequestStatus', D)}),
    ('GET', '/beta/conversations/{conversationId}/messages', None, {'200': ('Message', L)}),
    ('POST', '/beta/conversations/{conversationId}/messages', ('CreateMessageInput', O),
     {'200': ('CreateMessageOutput', D)}),
    ('GET', '/beta/conversations/{conversationId}/notes', None, {'200': ('InternalNote', L)}),
    ('POST', '/beta/conversations/{conversationId}/notes', ('CreateInternalNoteInput', O),
     {'200': ('InternalNote', D)}),
    ('POST', '/beta/conversations/{conversationId}/notes/bulk', ('CreateInternalNoteInput', L),
     {'200': ('NoteOutcome', L)}),
    ('GET', '/beta/conversations/{conversationId}/activitylog', None,
     {'200': ('ActivityLogEntry', L)}),
    ('GET', '/beta/conversations/activitylog', None, {'200': ('ActivityLogEntry', L)}),
    ('GET', '/beta/conversations/{conversationId}/ratings', None,
     {'200': ('ConversationRating', L)}),
    ('GET', '/beta/conversations/{conversationId}/rating', None,
     {'200': ('ConversationRating', L)}),
    ('PATCH', '/beta/conversations/{conversationId}/custom-attributes',
     ('CustomAttributeValuesInput', O), {'200': ('CustomAttribute', L)}),
    ('PUT', '/beta/conversations/{conversationId}/link', ('LinkConversationInput', O), {}),
    ('GET', '/beta/conversations/{conversationId}/linked', None, {'200': ('Conversation', L)}),
    ('POST', '/beta/search/conversations', ('SearchParametersInput', O),
     {'200': ('SearchHit', L)}),
    ('GET', '/beta/search/conversations', None, {'200': ('SearchHit', L)}),
    ('GET', '/beta/queues', None, {'200': ('Queue', L)}),
    ('POST', '/beta/queues', ('CreateQueueInput', O), {'201': ('Queue', D)}),
    ('GET', '/beta/queues/{queueId}', None, {'200': ('Queue', D)}),
    ('GET', '/beta/queues/{queueId}/members', None, {'200': ('QueueMember', L)}),
    ('PATCH', '/beta/queues/{queueId}/members', ('AgentIdsInput', O), {'200': ('IdOutcome', L)}),
    ('DELETE', '/beta/queues/{queueId}/members', ('AgentIdsInput', O), {}),
    ('GET', '/beta/queues/{queueId}/availability', None,
     {'200': ('ChannelAvailabilityOutcome', L)}),
    ('GET', '/beta/queues/conversation-position/{csid}', None, {'200': ('QueuePosition', D)}),
    ('GET', '/beta/tags', None, {'200': ('Tag', L)}),
    ('POST', '/beta/tags', ('CreateTagInput', O), {'200': ('Tag', D)}),
    ('GET', '/beta/tags/{tagId}', None, {'200': ('Tag', D)}),
    ('PATCH', '/beta/tags/{tagId}/activate', None, {}),
    ('PATCH', '/beta/tags/{tagId}/deactivate', None, {}),
    ('DELETE', '/beta/tags/{tagId}', None, {}),
    ('GET', '/beta/teams', None, {'200': ('Team', L)}),
    ('POST', '/beta/teams', ('CreateTeamInput', O), {'201': ('Team', D)}),
    ('GET', '/beta/teams/{teamId}', None, {'200': ('Team', D)}),
    ('DELETE', '/beta/teams/{teamId}', None, {}),
    ('GET', '/beta/teams/{teamId}/agents', None, {'200': ('TeamMember', L)}),
    ('PATCH', '/beta/teams/{teamId}/agents', ('AgentIdsInput', O), {}),
    ('DELETE', '/beta/teams/{teamId}/agents', ('AgentIdsInput', O), {}),
    ('GET', '/beta/teams/{teamId}/presence', None, {'200': ('UserPresence', L)}),
    ('GET', '/beta/custom-attributes', None, {'200': ('CustomAttributeDefinition', L)}),
    ('GET', '/beta/custom-attributes/{customAttributeId}', None,
     {'200': ('CustomAttributeDefinition', D)}),
    ('GET', '/beta/anonymization/request/{requestId}', None,
     {'200': ('AnonymizationRequestStatus', D)}),
    ('GET', '/beta/organization', None, {'200': ('Organization', D)}),
]
ERROR = ('ErrorResponse', O)


def endpoint_table():
    table = {(method, path): (request, answers) for method, path, request, answers in ENDPOINTS}
    if len(table) != 77:
        sys.exit(f'expected the 77 endpoints of dixa-api.md section 7, have {len(table)}')
    return table


def slug(text):
    return re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')


def area_of(path):
    return path.split('/')[2]


class Collector:
    """Gathers examples, one entry per distinct (entity, shape, payload)."""

    def __init__(self):
        self.entries = collections.OrderedDict()
        self.occurrences = 0
        self.per_source = collections.Counter()

    def add(self, payload, entity, shape, area, name, source, source_kind):
        self.occurrences += 1
        self.per_source[source_kind] += 1
        key = (entity, shape, json.dumps(payload, sort_keys=True))
        entry = self.entries.get(key)
        if entry is None:
            entry = {'file': f'{area}/{name}.json', 'entity': entity, 'shape': shape,
                     'sources': [], 'payload': payload}
            self.entries[key] = entry
        entry['sources'].append(source)

    def write(self, out):
        for stale in out.glob('*/*.json'):
            stale.unlink()  # a payload that left the sources must not linger
        taken = set()
        manifest = []
        for entry in self.entries.values():
            file = entry['file']
            stem, n = file[:-len('.json')], 2
            while file in taken:
                file, n = f'{stem}-{n}.json', n + 1
            taken.add(file)
            target = out / file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(entry['payload'], indent=2, ensure_ascii=False) + '\n',
                              encoding='utf-8')
            manifest.append({'file': file, 'entity': entry['entity'], 'shape': entry['shape'],
                             'sources': entry['sources']})
        (out / 'manifest.json').write_text(json.dumps(manifest, indent=2) + '\n', encoding='utf-8')
        return manifest


def spec_examples(spec_path, table, collector):
    spec = yaml.safe_load(spec_path.read_text(encoding='utf-8'))
    seen = set()
    for path, operations in spec['paths'].items():
        for method, operation in operations.items():
            key = (method.upper(), path)
            if key not in table or not isinstance(operation, dict):
                continue
            seen.add(key)
            request, answers = table[key]
            where = f'{method.upper()} {path}'
            base = f'{method.lower()}-{slug(path[len("/beta/"):])}'
            body = operation.get('requestBody', {}).get('content', {}).get('application/json', {})
            for label, example in examples_of(body):
                if request is None:
                    sys.exit(f'{where}: request example but no request entity in the table')
                collector.add(example, *request, area_of(path), f'{base}-request{label_suffix(label)}',
                              f'spec {where} request{label_text(label)}', 'spec')
            for code, response in operation.get('responses', {}).items():
                content = (response.get('content') or {}).get('application/json', {})
                for label, example in examples_of(content):
                    if code.startswith(('4', '5')):
                        entity = ERROR
                        area, name = 'errors', slug(example.get('message', 'error'))[:60]
                    elif code in answers:
                        entity = answers[code]
                        area, name = area_of(path), f'{base}-{code}{label_suffix(label)}'
                    else:
                        sys.exit(f'{where} {code}: example but no entity in the table')
                    collector.add(example, *entity, area, name,
                                  f'spec {where} {code}{label_text(label)}', 'spec')
    missing = set(table) - seen
    for method, path in sorted(missing):
        print(f'note: {method} {path} is not in the spec', file=sys.stderr)


def examples_of(content):
    if 'example' in content:
        yield None, content['example']
    for label, example in (content.get('examples') or {}).items():
        yield label, example['value']


def label_suffix(label):
    return f'-{slug(label)[:50]}' if label else ''


def label_text(label):
    return f' "{label}"' if label else ''


CURL = re.compile(r"curl -i -X (\w+) \\\n\s*'?(https://\S+?)'? \\\n")
BODY = re.compile(r"-d '(.*?)'\n", re.S)
RESPONSE = re.compile(r'^Response\napplication/json\n(\{.*\})$', re.M)


def seed_examples(seed_dir, table, collector):
    for seed in sorted(seed_dir.glob('*.txt')):
        text = seed.read_text(encoding='utf-8')
        calls = list(CURL.finditer(text))
        for i, call in enumerate(calls):
            method = call.group(1)
            url = call.group(2).split('?')[0]
            path = url[url.index('/beta/beta/') + len('/beta'):] if '/beta/beta/' in url else url
            key = (method, path)
            if key not in table:
                continue
            request, answers = table[key]
            end = calls[i + 1].start() if i + 1 < len(calls) else len(text)
            block = text[call.end():end]
            where = f'seeds/{seed.name} {method} {path}'
            base = f'{method.lower()}-{slug(path[len("/beta/"):])}'
            body = BODY.search(block.split('\nResponses\n')[0])
            if body:
                payload = json.loads(body.group(1).replace("'\\''", "'"))
                collector.add(payload, *request, area_of(path), f'{base}-request',
                              f'{where} request', 'seeds')
            for response in RESPONSE.finditer(block):
                if '…' in response.group(1):
                    continue  # elided by the docs renderer
                code, entity = next(iter(answers.items()))
                collector.add(json.loads(response.group(1)), *entity, area_of(path),
                              f'{base}-{code}', f'{where} {code}', 'seeds')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--spec', type=pathlib.Path, default=DEFAULT_SPEC)
    parser.add_argument('--seeds', type=pathlib.Path, default=DEFAULT_SEEDS)
    parser.add_argument('--out', type=pathlib.Path, default=HERE / 'examples')
    args = parser.parse_args()

    table = endpoint_table()
    collector = Collector()
    spec_examples(args.spec, table, collector)
    seed_examples(args.seeds, table, collector)
    manifest = collector.write(args.out)
    print(f'{collector.occurrences} examples ({dict(collector.per_source)}) '
          f'in {len(manifest)} distinct files under {args.out}')


if __name__ == '__main__':
    main()
