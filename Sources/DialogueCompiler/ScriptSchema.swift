/// A JSON Schema (draft 2020-12) of script format v1, for editors (completion and checks as you type) and
/// other tools. It describes the shape only; `alongside lint` checks everything else (links, variables...).
///
/// `docs/script.schema.json` is this text; a test keeps the two equal and checks the enums against
/// `ExerciseKind` and `ScriptVocabulary`.
public enum ScriptSchema {
    /// The schema as pretty-printed JSON, ending with a newline.
    public static let json = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:alongside:script-format:v1",
  "title": "Alongside dialogue script (format v1)",
  "description": "An exercise or role-play for Alongside. See docs/script-format.md; `alongside lint` checks what a schema cannot (links, variables, reachability).",
  "type": "object",
  "required": [
    "id",
    "title",
    "kind",
    "description",
    "minutes",
    "start",
    "nodes"
  ],
  "additionalProperties": false,
  "properties": {
    "id": {
      "description": "Lowercase letters, digits and single hyphens, at most 64 characters.",
      "type": "string",
      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
      "maxLength": 64
    },
    "title": {
      "description": "Shown in menus.",
      "type": "string",
      "minLength": 1
    },
    "kind": {
      "description": "The family of the exercise.",
      "enum": [
        "grounding",
        "breathing",
        "safety-plan",
        "goal",
        "reflection",
        "practice",
        "roleplay",
        "other"
      ]
    },
    "version": {
      "description": "Raise it when the content changes (default 1).",
      "type": "integer",
      "minimum": 1,
      "maximum": 1000000
    },
    "description": {
      "description": "One or two sentences for menus and `alongside list`.",
      "type": "string"
    },
    "minutes": {
      "description": "Estimated length, 1 to 240.",
      "type": "integer",
      "minimum": 1,
      "maximum": 240
    },
    "start": {
      "description": "Id of the first node.",
      "$ref": "#/$defs/nodeId"
    },
    "variables": {
      "description": "Initial values: whole numbers, text, true/false, null or lists of texts.",
      "type": "object",
      "propertyNames": {
        "$ref": "#/$defs/variableName"
      },
      "additionalProperties": {
        "$ref": "#/$defs/initialValue"
      }
    },
    "recall": {
      "description": "Names remembered by earlier sessions (see remember); missing ones start as null.",
      "$ref": "#/$defs/names"
    },
    "safety": {
      "description": "Extra safety rules, added to the built-in ones (never replacing them).",
      "type": "array",
      "items": {
        "$ref": "#/$defs/safetyRule"
      }
    },
    "document": {
      "description": "A document the exercise builds: its kind, title and sections.",
      "type": "object",
      "properties": {
        "kind": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "sections": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "key",
              "title"
            ],
            "properties": {
              "key": {
                "type": "string"
              },
              "title": {
                "type": "string"
              }
            }
          }
        }
      }
    },
    "nodes": {
      "description": "Node id → node, in the order written.",
      "type": "object",
      "minProperties": 1,
      "propertyNames": {
        "$ref": "#/$defs/nodeId"
      },
      "additionalProperties": {
        "$ref": "#/$defs/node"
      }
    }
  },
  "$defs": {
    "nodeId": {
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$"
    },
    "variableName": {
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"
    },
    "names": {
      "anyOf": [
        {
          "$ref": "#/$defs/variableName"
        },
        {
          "type": "array",
          "items": {
            "$ref": "#/$defs/variableName"
          }
        }
      ]
    },
    "text": {
      "description": "Text; {name} inserts a variable, {{ and }} write braces. Never a phone number: use {helpline.crisis}, {helpline.text} or {helpline.emergency}.",
      "type": [
        "string",
        "number",
        "boolean"
      ]
    },
    "initialValue": {
      "anyOf": [
        {
          "type": [
            "integer",
            "string",
            "boolean",
            "null"
          ]
        },
        {
          "type": "array",
          "items": {
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        }
      ]
    },
    "expression": {
      "description": "An expression, e.g. \"cycle + 1\" or \"after >= 7 or after > before\"; text literals are quoted inside.",
      "type": [
        "string",
        "integer",
        "boolean"
      ]
    },
    "say": {
      "anyOf": [
        {
          "$ref": "#/$defs/text"
        },
        {
          "type": "array",
          "items": {
            "$ref": "#/$defs/text"
          }
        },
        {
          "type": "object",
          "required": [
            "one_of"
          ],
          "additionalProperties": false,
          "properties": {
            "one_of": {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/text"
              }
            }
          }
        }
      ]
    },
    "expect": {
      "anyOf": [
        {
          "enum": [
            "text",
            "non_empty",
            "yes_no"
          ]
        },
        {
          "type": "object",
          "required": [
            "integer"
          ],
          "additionalProperties": false,
          "properties": {
            "integer": {
              "type": "array",
              "items": {
                "type": "integer"
              },
              "minItems": 2,
              "maxItems": 2
            }
          }
        },
        {
          "type": "object",
          "required": [
            "list"
          ],
          "additionalProperties": false,
          "properties": {
            "list": {
              "anyOf": [
                {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100
                },
                {
                  "type": "array",
                  "items": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100
                  },
                  "minItems": 2,
                  "maxItems": 2
                }
              ]
            }
          }
        }
      ]
    },
    "choice": {
      "type": "object",
      "required": [
        "label",
        "next"
      ],
      "additionalProperties": false,
      "properties": {
        "label": {
          "$ref": "#/$defs/text"
        },
        "next": {
          "$ref": "#/$defs/nodeId"
        },
        "value": {
          "$ref": "#/$defs/text"
        }
      }
    },
    "choices": {
      "anyOf": [
        {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/choice"
          }
        },
        {
          "type": "object",
          "minProperties": 1,
          "additionalProperties": {
            "$ref": "#/$defs/nodeId"
          }
        }
      ]
    },
    "branchArm": {
      "anyOf": [
        {
          "type": "object",
          "required": [
            "if",
            "next"
          ],
          "additionalProperties": false,
          "properties": {
            "if": {
              "$ref": "#/$defs/expression"
            },
            "next": {
              "$ref": "#/$defs/nodeId"
            }
          }
        },
        {
          "type": "object",
          "required": [
            "else"
          ],
          "additionalProperties": false,
          "properties": {
            "else": {
              "$ref": "#/$defs/nodeId"
            }
          }
        }
      ]
    },
    "pause": {
      "anyOf": [
        {
          "type": "integer",
          "minimum": 1,
          "maximum": 600
        },
        {
          "type": "object",
          "required": [
            "seconds"
          ],
          "additionalProperties": false,
          "properties": {
            "seconds": {
              "type": "integer",
              "minimum": 1,
              "maximum": 600
            },
            "label": {
              "$ref": "#/$defs/text"
            }
          }
        }
      ]
    },
    "listen": {
      "anyOf": [
        {
          "const": true
        },
        {
          "$ref": "#/$defs/text"
        },
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "prompt": {
              "$ref": "#/$defs/text"
            },
            "save": {
              "$ref": "#/$defs/variableName"
            }
          }
        }
      ]
    },
    "onSkill": {
      "description": "Skill (or \"skill, skill\") → node; default is required. Skills: open_question, closed_question, reflection, complex_reflection, summary, affirmation, validation, advice, information, judgment, self_disclosure, other.",
      "type": "object",
      "required": [
        "default"
      ],
      "propertyNames": {
        "pattern": "^(default|(open_question|closed_question|reflection|complex_reflection|summary|affirmation|validation|advice|information|judgment|self_disclosure|other)(\\s*,\\s*(open_question|closed_question|reflection|complex_reflection|summary|affirmation|validation|advice|information|judgment|self_disclosure|other))*)$"
      },
      "additionalProperties": {
        "$ref": "#/$defs/nodeId"
      }
    },
    "safetyRule": {
      "type": "object",
      "required": [
        "id",
        "category",
        "level",
        "phrases"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^script\\.[a-z0-9._-]+$"
        },
        "category": {
          "enum": [
            "suicide",
            "self_harm",
            "harm_to_others",
            "abuse_or_violence",
            "medical_emergency"
          ]
        },
        "level": {
          "enum": [
            "concern",
            "urgent"
          ]
        },
        "phrases": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string",
            "minLength": 1
          }
        }
      }
    },
    "node": {
      "description": "One step: optional say, set and remember, then exactly one action (next, ask, choices, branch, pause, listen or end).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "say": {
          "description": "Said on entering the node.",
          "$ref": "#/$defs/say"
        },
        "set": {
          "description": "Assignments run after say, in order: name → expression.",
          "type": "object",
          "propertyNames": {
            "$ref": "#/$defs/variableName"
          },
          "additionalProperties": {
            "$ref": "#/$defs/expression"
          }
        },
        "remember": {
          "description": "Variables kept for later sessions (read back with recall).",
          "$ref": "#/$defs/names"
        },
        "next": {
          "description": "Where to go: the action on its own, or where to go after ask, pause or listen.",
          "$ref": "#/$defs/nodeId"
        },
        "ask": {
          "description": "A question with a checked answer (needs next).",
          "$ref": "#/$defs/text"
        },
        "expect": {
          "description": "What answer ask accepts (default text).",
          "$ref": "#/$defs/expect"
        },
        "save": {
          "description": "Variable that keeps the answer.",
          "$ref": "#/$defs/variableName"
        },
        "rating": {
          "description": "Also store the answer as a distress rating (before or after); needs an integer expect.",
          "$ref": "#/$defs/variableName"
        },
        "retry": {
          "description": "Kind words shown when the answer does not fit.",
          "$ref": "#/$defs/text"
        },
        "choices": {
          "description": "Numbered options, each with its own next.",
          "$ref": "#/$defs/choices"
        },
        "prompt": {
          "description": "The question above the choices.",
          "$ref": "#/$defs/text"
        },
        "branch": {
          "description": "Arms {if, next} tried in order, then a final {else}.",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/branchArm"
          }
        },
        "pause": {
          "description": "A countdown in seconds (needs next).",
          "$ref": "#/$defs/pause"
        },
        "listen": {
          "description": "A role-play reply, classified by listening skill.",
          "$ref": "#/$defs/listen"
        },
        "on_skill": {
          "description": "Where to go by the reply's listening skill.",
          "$ref": "#/$defs/onSkill"
        },
        "end": {
          "description": "The conversation finishes here.",
          "const": true
        }
      },
      "anyOf": [
        {
          "required": [
            "next"
          ]
        },
        {
          "required": [
            "choices"
          ]
        },
        {
          "required": [
            "branch"
          ]
        },
        {
          "required": [
            "listen"
          ]
        },
        {
          "required": [
            "end"
          ]
        }
      ]
    }
  }
}

"""#
}
