"""Drive the real `python -m pulumi.dynamic` provider server over gRPC, with the real serialisation."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Mapping
from typing import Any

import grpc
from google.protobuf import struct_pb2
from pulumi.dynamic.dynamic import serialize_provider
from pulumi.runtime import rpc
from pulumi.runtime.proto import provider_pb2, provider_pb2_grpc


def _serialize(props: Mapping[str, Any]) -> struct_pb2.Struct:
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(rpc.serialize_properties(dict(props), {}))
    finally:
        loop.close()


def _deserialize(struct: struct_pb2.Struct) -> dict[str, Any]:
    return rpc.deserialize_properties(struct, True)


class ProviderServer:
    """A running dynamic-provider host; `call_*` methods speak the engine's side of the protocol."""

    def __init__(self, env: Mapping[str, str] | None = None, project: str = "proto-test") -> None:
        self.project = project
        full_env = {**os.environ, "PULUMI_PROJECT": project, **(env or {})}
        self._proc = subprocess.Popen(
            [sys.executable, "-u", "-m", "pulumi.dynamic"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=full_env,
            text=True,
        )
        assert self._proc.stdout is not None
        port = self._proc.stdout.readline().strip()
        if not port.isdigit():
            self.close()
            raise RuntimeError(f"provider host did not print a port: {port!r}")
        self._channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        self.stub = provider_pb2_grpc.ResourceProviderStub(self._channel)

    def close(self) -> None:
        if getattr(self, "_channel", None) is not None:
            self._channel.close()
        self._proc.kill()
        self._proc.wait(timeout=10)
        for stream in (self._proc.stdout, self._proc.stderr):
            if stream:
                stream.close()

    def __enter__(self) -> ProviderServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- protocol -------------------------------------------------------------------------------

    def configure(self, config: Mapping[str, str]) -> None:
        self.stub.Configure(provider_pb2.ConfigureRequest(args=_serialize(config), variables=dict(config)))

    @staticmethod
    def provider_blob(provider: Any) -> str:
        return serialize_provider(provider)

    def urn(self, type_token: str, name: str) -> str:
        return f"urn:pulumi:test::{self.project}::{type_token}::{name}"

    def check(self, urn: str, olds: Mapping[str, Any], news: Mapping[str, Any]) -> provider_pb2.CheckResponse:
        return self.stub.Check(provider_pb2.CheckRequest(urn=urn, olds=_serialize(olds), news=_serialize(news)))

    def checked_inputs(self, response: provider_pb2.CheckResponse) -> dict[str, Any]:
        return _deserialize(response.inputs)

    def diff(self, urn: str, id_: str, olds: Mapping[str, Any], news: Mapping[str, Any]) -> provider_pb2.DiffResponse:
        return self.stub.Diff(provider_pb2.DiffRequest(id=id_, urn=urn, olds=_serialize(olds), news=_serialize(news)))

    def create(self, urn: str, props: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        response = self.stub.Create(provider_pb2.CreateRequest(urn=urn, properties=_serialize(props)))
        return response.id, _deserialize(response.properties)

    def read(
        self, urn: str, id_: str, props: Mapping[str, Any], inputs: Mapping[str, Any] | None = None
    ) -> tuple[str, dict[str, Any], dict[str, Any]]:
        request = provider_pb2.ReadRequest(
            id=id_, urn=urn, properties=_serialize(props), inputs=_serialize(inputs or {})
        )
        response = self.stub.Read(request)
        return response.id, _deserialize(response.properties), _deserialize(response.inputs)

    def update(self, urn: str, id_: str, olds: Mapping[str, Any], news: Mapping[str, Any]) -> dict[str, Any]:
        response = self.stub.Update(
            provider_pb2.UpdateRequest(id=id_, urn=urn, olds=_serialize(olds), news=_serialize(news))
        )
        return _deserialize(response.properties)

    def delete(self, urn: str, id_: str, props: Mapping[str, Any]) -> None:
        self.stub.Delete(provider_pb2.DeleteRequest(id=id_, urn=urn, properties=_serialize(props)))


RpcError = grpc.RpcError
