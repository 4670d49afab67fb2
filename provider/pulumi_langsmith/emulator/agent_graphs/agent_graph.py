"""The graph the emulator's deployments serve (`pulumi_langsmith.emulator.agent_runtime`): a one-node agent
that answers a message, enough to create assistants, crons, threads and store items against."""

from typing import TypedDict

from langgraph.graph import END, START, StateGraph


class State(TypedDict, total=False):
    message: str
    reply: str


def answer(state: State) -> State:
    return {"reply": f"agent: {state.get('message', '')}"}


builder = StateGraph(State)
builder.add_node("answer", answer)
builder.add_edge(START, "answer")
builder.add_edge("answer", END)
graph = builder.compile()
