"""The tiny graphs the Agent Server under test serves (`tests/agent_server.py`)."""

from typing import TypedDict

from langgraph.graph import END, START, StateGraph


class State(TypedDict, total=False):
    message: str
    reply: str


def echo(state: State) -> State:
    return {"reply": f"echo: {state.get('message', '')}"}


def _build() -> object:
    builder = StateGraph(State)
    builder.add_node("echo", echo)
    builder.add_edge(START, "echo")
    builder.add_edge("echo", END)
    return builder.compile()


echo_graph = _build()
greeter_graph = _build()
